import { dayAfter, initialForm, NEW_COMPETITOR, toRequest } from '@/components/capture/capture-form';

const acme = { id: 'acme', name: 'Acme', reason: 'domain' as const, competitors: [{ id: 'nord', name: 'NordFreight' }] };

describe('capture dialog form', () => {
  it('preselects the first suggestion, a note, its first competitor and tomorrow', () => {
    expect(initialForm([acme], new Date(2026, 11, 31))).toMatchObject({
      accountId: 'acme',
      kind: 'note',
      competitorId: 'nord',
      due: '2027-01-01',
    });
    expect(initialForm([])).toMatchObject({ accountId: null, competitorId: NEW_COMPETITOR });
    expect(dayAfter(new Date(2026, 1, 28))).toBe('2026-03-01');
  });

  it('says what is missing instead of sending an incomplete request', () => {
    const form = initialForm([acme]);
    expect(toRequest('cap-1', { ...form, accountId: null })).toEqual({ missing: 'captureChooseAccount' });
    expect(toRequest('cap-1', { ...form, kind: 'competitor', competitorId: NEW_COMPETITOR, competitorName: '  ' })).toEqual({
      missing: 'captureNeedsCompetitor',
    });
  });

  it('sends only what the chosen kind needs', () => {
    const form = { ...initialForm([acme]), comment: '  note  ' };
    expect(toRequest('cap-1', form)).toEqual({
      captureId: 'cap-1',
      accountId: 'acme',
      kind: 'note',
      comment: 'note',
      fullText: false,
    });
    expect(toRequest('cap-1', { ...form, kind: 'competitor' })).toMatchObject({ competitorId: 'nord' });
    expect(
      toRequest('cap-1', { ...form, kind: 'competitor', competitorId: NEW_COMPETITOR, competitorName: ' Baltic ' }),
    ).toMatchObject({ competitorName: 'Baltic' });
    expect(toRequest('cap-1', { ...form, kind: 'task', due: '' })).toMatchObject({ due: null });
    expect(toRequest('cap-1', { ...form, kind: 'task', due: '2026-12-01' })).toMatchObject({ due: '2026-12-01' });
    const event = { type: 'fair' as const, name: ' Kotka Fair ', attendance: 'attended' as const };
    expect(toRequest('cap-1', { ...form, kind: 'event', event })).toMatchObject({
      kind: 'event',
      event: { type: 'fair', name: 'Kotka Fair', attendance: 'attended' },
    });
    // The event's details go only with an event capture.
    expect(toRequest('cap-1', { ...form, event })).not.toHaveProperty('event');
  });
});
