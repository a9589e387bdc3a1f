import { contractAlertText } from '@/components/panel/contract-alert-text';
import { derivedTitles } from '@/lib/contracts/titles';
import type { ContractAlert } from '@/lib/schema/contract-alert';
import { stubI18n } from '../background/fake-env';

const alert = (extra: Partial<ContractAlert>): ContractAlert => ({
  kind: 'renewal',
  contractId: 'k1',
  contract: 'FA-1',
  text: '',
  day: '2026-05-15',
  days: 45,
  overdue: false,
  noticeBy: null,
  ...extra,
});

describe('contract dates in the user’s words (English)', () => {
  beforeEach(() => stubI18n());
  afterEach(() => vi.restoreAllMocks());

  it('counts the days to a renewal with the language’s plural forms', () => {
    expect(contractAlertText(alert({ days: 45 }))).toBe('Renewal in 45 days');
    expect(contractAlertText(alert({ days: 1 }))).toBe('Renewal in 1 day');
    expect(contractAlertText(alert({ days: 0 }))).toBe('Renewal today');
  });

  it('names the weekday within the coming week, the date beyond it, and says when it is overdue', () => {
    // 2026-04-03 is a Friday.
    expect(contractAlertText(alert({ kind: 'we-owe', text: 'Delivery schedule', day: '2026-04-03', days: 4 }))).toBe(
      'We owe: Delivery schedule by Fri',
    );
    expect(contractAlertText(alert({ kind: 'client-owes', text: 'Forecast', day: '2026-04-20', days: 21 }))).toBe(
      'Client owes: Forecast by Apr 20, 2026',
    );
    expect(contractAlertText(alert({ kind: 'we-owe', text: 'Report', day: '2026-03-20', days: -11, overdue: true }))).toBe(
      'We owe: Report — overdue since Mar 20, 2026',
    );
  });

  it('titles the derived follow-ups with the contract and its dates', () => {
    const titles = derivedTitles();
    expect(titles.renewal('FA-1 (Framework)', '2026-06-30', null)).toBe('Contract FA-1 (Framework) renews on Jun 30, 2026');
    expect(titles.renewal('FA-1', '2026-06-30', '2026-05-31')).toBe(
      'Contract FA-1 renews on Jun 30, 2026 — give notice by May 31, 2026',
    );
    expect(titles.obligation('FA-1', 'Delivery schedule')).toBe('We owe: Delivery schedule (contract FA-1)');
  });
});
