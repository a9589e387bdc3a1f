import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { invoicesOf } from '@/lib/db/queries/invoices';
import { createInvoice, deleteInvoice, restoreInvoice, setInvoicePaid, updateInvoice } from '@/lib/db/repos/invoices';
import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { formatMoney } from '@/lib/money/format-money';
import { isOverdue, moneyTotals } from '@/lib/money/overdue';
import type { Invoice } from '@/lib/schema';
import { localDay } from '@/lib/time/local-time';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';
import { InvoiceForm, type InvoiceDraft } from './InvoiceForm';
import './money.css';

type Loaded = { list: Invoice[] } | { error: string };

const label = (i: Invoice) => `${t(`moneyKind_${i.kind}`)} ${i.number || t('moneyNoNumber')}`;

function Totals({ invoices, today }: { invoices: Invoice[]; today: string }) {
  const totals = moneyTotals(invoices, today);
  if (totals.length === 0)
    return (
      <p className="muted" data-testid="money-nothing-owed">
        {t('moneyNothingOwed')}
      </p>
    );
  return (
    <table className="money-totals" data-testid="money-totals">
      <caption>{t('moneyTotalsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('moneyTotalsCurrency')}</th>
          <th scope="col">{t('moneyTotalsUnpaid')}</th>
          <th scope="col">{t('moneyTotalsOverdue')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((x) => (
          <tr key={x.currency} data-testid="money-total" data-currency={x.currency}>
            <th scope="row">{x.currency}</th>
            <td data-testid="money-total-unpaid">{formatMoney(x.outstanding, x.currency)}</td>
            <td data-testid="money-total-overdue" className={x.overdueCount > 0 ? 'overdue' : undefined}>
              {x.overdueCount > 0 ? formatMoney(x.overdue, x.currency) : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Status({ invoice, today }: { invoice: Invoice; today: string }) {
  if (invoice.paid) return <>{invoice.paidOn ? t('moneyPaidOn', formatDay(invoice.paidOn)) : t('moneyPaid')}</>;
  if (isOverdue(invoice, today)) return <strong className="overdue">{t('moneyOverdue')}</strong>;
  return <>{t('moneyUnpaid')}</>;
}

/**
 * The client's orders and invoices: what is owed per currency (never added across currencies),
 * each document with its status, overdue ones marked; add and edit by hand, mark paid, delete
 * with Undo.
 */
export function MoneyCard({ accountId }: { accountId: string }) {
  const db = getDb();
  const offerUndo = useUndo();
  const loaded = useLiveQuery<Loaded>(
    () =>
      invoicesOf(db, accountId).then(
        (list) => ({ list }),
        (e: unknown) => ({ error: String(e) }),
      ),
    [accountId],
  );
  const [editing, setEditing] = useState<string | null>(null); // an invoice id, or 'new'
  const today = localDay(new Date());
  const list = loaded && 'list' in loaded ? loaded.list : [];
  const defaultCurrency = list[0]?.currency ?? 'EUR';

  const save = (draft: InvoiceDraft, old?: Invoice) =>
    guarded(async () => {
      if (old) {
        const base = Object.fromEntries(Object.keys(draft).map((k) => [k, old[k as keyof InvoiceDraft]]));
        await updateInvoice(db, old.id, draft, base);
      } else await createInvoice(db, { ...draft, accountId });
    }).then(() => setEditing(null));
  const markPaid = async (i: Invoice) => {
    await guarded(() => setInvoicePaid(db, i.id, today));
    offerUndo({ message: t('moneyMarkedPaid', label(i)), undo: () => setInvoicePaid(db, i.id, null).then(() => undefined) });
  };
  const remove = async (i: Invoice) => {
    await guarded(() => deleteInvoice(db, i.id));
    offerUndo({ message: t('deletedItem', label(i)), undo: () => restoreInvoice(db, i) });
  };

  return (
    <section className="card money-card" data-testid="money" aria-label={t('sectionMoney')}>
      <header className="card-head">
        <h2>{t('sectionMoney')}</h2>
        <button
          className="link small"
          onClick={() => setEditing('new')}
          aria-label={t('moneyAddInvoice')}
          data-testid="add-invoice"
        >
          + {t('actionAdd')}
        </button>
      </header>
      {loaded === undefined && <p className="muted">{t('loading')}</p>}
      {loaded && 'error' in loaded && (
        <p role="alert" className="error">
          {t('moneyLoadFailed', loaded.error)}
        </p>
      )}
      {editing === 'new' && (
        <InvoiceForm initial={{}} defaultCurrency={defaultCurrency} onSave={(d) => save(d)} onCancel={() => setEditing(null)} />
      )}
      {loaded && 'list' in loaded && list.length === 0 && editing !== 'new' && <p className="muted">{t('moneyEmpty')}</p>}
      {list.length > 0 && (
        <>
          <Totals invoices={list} today={today} />
          <div className="money-list-scroll">
            <table className="money-list">
              <thead>
                <tr>
                  <th scope="col">{t('moneyColNumber')}</th>
                  <th scope="col">{t('moneyColKind')}</th>
                  <th scope="col">{t('moneyColIssued')}</th>
                  <th scope="col" className="num">
                    {t('moneyColAmount')}
                  </th>
                  <th scope="col">{t('moneyColDue')}</th>
                  <th scope="col">{t('moneyColStatus')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('moneyColActions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((i) =>
                  editing === i.id ? (
                    <tr key={i.id}>
                      <td colSpan={7}>
                        <InvoiceForm
                          initial={i}
                          defaultCurrency={defaultCurrency}
                          onSave={(d) => save(d, i)}
                          onCancel={() => setEditing(null)}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr
                      key={i.id}
                      data-testid="invoice-row"
                      data-number={i.number}
                      data-overdue={isOverdue(i, today) ? 'true' : 'false'}
                      className={isOverdue(i, today) ? 'overdue' : i.paid ? 'paid' : undefined}
                    >
                      <td>{i.number || <span className="muted">{t('moneyNoNumber')}</span>}</td>
                      <td>{t(`moneyKind_${i.kind}`)}</td>
                      <td>{i.issuedOn ? formatDay(i.issuedOn) : ''}</td>
                      <td className="num">{formatMoney(i.amount, i.currency)}</td>
                      <td>{i.dueOn ? formatDay(i.dueOn) : ''}</td>
                      <td data-testid="invoice-status">
                        <Status invoice={i} today={today} />
                      </td>
                      <td className="actions">
                        {!i.paid && (
                          <button className="link small" onClick={() => void markPaid(i)} data-testid="invoice-mark-paid">
                            {t('moneyMarkPaid')}
                          </button>
                        )}
                        <button className="link small" onClick={() => setEditing(i.id)} data-testid="invoice-edit">
                          {t('actionEdit')}
                        </button>
                        <button className="link small" onClick={() => void remove(i)} data-testid="invoice-delete">
                          {t('actionDelete')}
                        </button>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
