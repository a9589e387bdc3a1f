import { contractLabel, noticeDeadline } from '@/lib/contracts/derived-tasks';
import type { ContractAlert } from '@/lib/schema/contract-alert';
import type { Contract } from '@/lib/schema/contract';
import { dayOf, daysBetween, localDay, runtimeTimeZone } from '@/lib/time/local-time';

/** How far ahead the panel looks: a renewal within this or its lead time, whichever is longer. */
export const RENEWAL_HORIZON_DAYS = 90;
/** Obligations due within this many days, or overdue. */
export const OBLIGATION_HORIZON_DAYS = 30;

/**
 * The contract dates worth a glance before replying to the client: renewals coming up (not yet
 * passed, contract not expired), and open obligations of either side due soon or overdue.
 * Overdue first, then soonest first.
 */
export function contractAlerts(contracts: readonly Contract[], now: Date, tz: string = runtimeTimeZone()): ContractAlert[] {
  const today = localDay(now, tz);
  const out: ContractAlert[] = [];
  for (const c of contracts) {
    if (c.status === 'expired') continue;
    const label = contractLabel(c);
    if (c.renewalOn) {
      const day = dayOf(c.renewalOn, tz);
      const days = daysBetween(today, day);
      if (days >= 0 && days <= Math.max(RENEWAL_HORIZON_DAYS, c.leadDays)) {
        out.push({
          kind: 'renewal',
          contractId: c.id,
          contract: label,
          text: '',
          day,
          days,
          overdue: false,
          noticeBy: noticeDeadline(c),
        });
      }
    }
    for (const o of c.obligations) {
      if (o.done || !o.due || !o.text.trim()) continue;
      const day = dayOf(o.due, tz);
      const days = daysBetween(today, day);
      if (days > OBLIGATION_HORIZON_DAYS) continue;
      out.push({
        kind: o.side === 'we' ? 'we-owe' : 'client-owes',
        contractId: c.id,
        contract: label,
        text: o.text.trim(),
        day,
        days,
        overdue: days < 0,
        noticeBy: null,
      });
    }
  }
  return out.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.days - b.days);
}
