import { useState, type SubmitEvent } from 'react';
import { t } from '@/lib/i18n/t';
import { decimalMarkOf, parseAmount } from '@/lib/money/amount';
import { COMMON_CURRENCIES } from '@/lib/money/currencies';
import { amountForInput, formatMoney } from '@/lib/money/format-money';
import { Currency, type Invoice } from '@/lib/schema/invoice';
import { localDay } from '@/lib/time/local-time';
import { uiLocale } from '@/lib/time/ui-locale';
import { FormFooter } from '@/components/ui/FormFooter';

/** What the form saves: the fields a user edits by hand. */
export type InvoiceDraft = Pick<
  Invoice,
  'kind' | 'number' | 'issuedOn' | 'amount' | 'currency' | 'dueOn' | 'paid' | 'paidOn' | 'notes'
>;

const OTHER = 'other';
const isCommon = (c: string) => (COMMON_CURRENCIES as readonly string[]).includes(c);

/**
 * Add or edit one order or invoice. The amount is typed as the user writes numbers ("14 300,50"
 * in Russian or Finnish, "14,300.50" in English) and read with their locale's decimal mark; the
 * currency is one of the common codes or any other three-letter code.
 */
export function InvoiceForm(props: {
  initial: Partial<InvoiceDraft>;
  defaultCurrency: string;
  onSave: (draft: InvoiceDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const locale = uiLocale();
  const i = props.initial;
  const startCurrency = i.currency ?? props.defaultCurrency;
  const [kind, setKind] = useState<Invoice['kind']>(i.kind ?? 'invoice');
  const [number, setNumber] = useState(i.number ?? '');
  const [issuedOn, setIssuedOn] = useState(i.issuedOn ?? '');
  const [amount, setAmount] = useState(i.amount === undefined ? '' : amountForInput(i.amount, locale));
  const [choice, setChoice] = useState(isCommon(startCurrency) ? startCurrency : OTHER);
  const [code, setCode] = useState(isCommon(startCurrency) ? '' : startCurrency);
  const [dueOn, setDueOn] = useState(i.dueOn ?? '');
  const [paid, setPaid] = useState(i.paid ?? false);
  const [paidOn, setPaidOn] = useState(i.paidOn ?? '');
  const [notes, setNotes] = useState(i.notes ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = parseAmount(amount, decimalMarkOf(locale));
    if (!parsed) {
      setError(t('moneyErrorAmount', amountForInput(14300.5, locale)));
      return;
    }
    const currency = Currency.safeParse(choice === OTHER ? code : choice);
    if (!currency.success) {
      setError(t('moneyErrorCurrency'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      await props.onSave({
        kind,
        number: number.trim(),
        issuedOn: issuedOn || null,
        amount: parsed.value,
        currency: currency.data,
        dueOn: dueOn || null,
        paid,
        paidOn: paid ? paidOn || localDay(new Date()) : null,
        notes,
      });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack invoice-form"
      data-testid="invoice-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <div className="invoice-form-grid">
        <label>
          {t('moneyFieldKind')}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value === 'order' ? 'order' : 'invoice')}
            data-testid="invoice-kind"
            autoFocus
          >
            <option value="invoice">{t('moneyKind_invoice')}</option>
            <option value="order">{t('moneyKind_order')}</option>
          </select>
        </label>
        <label>
          {t('moneyFieldNumber')}
          <input value={number} onChange={(e) => setNumber(e.target.value)} data-testid="invoice-number" />
        </label>
        <label>
          {t('moneyFieldIssued')}
          <input type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} data-testid="invoice-issued" />
        </label>
        <label>
          {t('moneyFieldAmount')}
          <input
            value={amount}
            inputMode="decimal"
            required
            placeholder={formatMoney(14300.5, startCurrency, locale)}
            onChange={(e) => setAmount(e.target.value)}
            data-testid="invoice-amount"
          />
        </label>
        <label>
          {t('moneyFieldCurrency')}
          <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="invoice-currency">
            {COMMON_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
            <option value={OTHER}>{t('moneyFieldCurrencyOther')}</option>
          </select>
        </label>
        {choice === OTHER && (
          <label>
            {t('moneyFieldCurrencyCode')}
            <input
              value={code}
              maxLength={3}
              required
              pattern="[A-Za-z]{3}"
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              data-testid="invoice-currency-code"
            />
          </label>
        )}
        <label>
          {t('moneyFieldDue')}
          <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} data-testid="invoice-due" />
        </label>
        <label className="inline">
          <input type="checkbox" checked={paid} onChange={(e) => setPaid(e.target.checked)} data-testid="invoice-paid" />{' '}
          {t('moneyFieldPaid')}
        </label>
        {paid && (
          <label>
            {t('moneyFieldPaidOn')}
            <input type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} data-testid="invoice-paid-on" />
          </label>
        )}
      </div>
      <label>
        {t('fieldNotes')}
        <textarea value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <FormFooter
        busy={busy}
        onCancel={props.onCancel}
        saveTestId="invoice-save"
        error={error}
        errorTestId="invoice-form-error"
      />
    </form>
  );
}
