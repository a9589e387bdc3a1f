import { readFileSync } from 'node:fs';
import { fnv1a64Hex } from '@/lib/io/ics-safe-text';
import { expect, test } from './extension';
import { alarmTime, reminders, removeFollowUp, removeMeeting, scheduleNew, serviceWorker } from './meetings-helpers';
import { ensureDemoData } from './panel-helpers';

test.describe('meetings, preparation and follow-ups', () => {
  test('schedule, remind, prepare, tick, record the outcome', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/account/demo-acme`);
    const id = await scheduleNew(page, {
      type: 'builtin:call',
      minutesAhead: 32,
      attendee: 'Anna Petrova',
      place: 'https://meet.example.com/acme',
    });
    const alarmName = `keyside:meeting:${id}`;

    // The background planned an alarm 30 minutes before the start (the call type's default).
    const worker = await serviceWorker(ext.context);
    await expect.poll(() => alarmTime(worker, alarmName).then((t) => t ?? 0)).toBeGreaterThan(Date.now());
    const when = (await alarmTime(worker, alarmName))!;

    // Its handler, run at the alarm's time, notifies with the localized text, once.
    const hooks = reminders(worker);
    const shown = await hooks.alarm(alarmName, when);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      id: alarmName,
      message: 'Call with Anna Petrova (Acme Logistics) in 30 min — prepare',
      late: false,
    });
    expect(shown[0]?.error).toBeUndefined();
    expect((await hooks.notifications()).at(-1)?.message).toBe('Call with Anna Petrova (Acme Logistics) in 30 min — prepare');
    expect(await hooks.alarm(alarmName, when + 1000)).toEqual([]);

    // Clicking the notification opens the preparation view.
    const opened = ext.context.waitForEvent('page');
    expect(await hooks.click(alarmName)).toBe(`#/meeting/${id}`);
    const prep = await opened;
    await expect(prep).toHaveURL(new RegExp(`dashboard\\.html#/meeting/${id}$`));
    await expect(prep.getByTestId('meeting-title')).toContainText('Acme Logistics');
    const items = prep.getByTestId('checklist-item');
    await expect(items.first()).toBeVisible();
    const total = await items.count();
    expect(total).toBeGreaterThan(5);
    const prompts = prep.getByTestId('prep-prompt');
    await expect(prompts.filter({ hasText: 'punctuality' })).toHaveCount(1);
    await expect(prompts.filter({ hasText: /^Overdue since .+: Send revised cold-chain proposal to Anna$/ })).toHaveCount(1);
    await expect(prompts.filter({ hasText: 'Anna Petrova — Head of Procurement' })).toContainText('Direct, data-driven');
    await expect(prompts.filter({ hasText: 'Renew the framework contract' })).toHaveCount(1);

    // Ticks persist per meeting.
    await items.nth(0).getByRole('checkbox').check();
    await items.nth(2).getByRole('checkbox').check();
    await expect(prep.getByTestId('prep-progress')).toHaveText(`Prepared: 2 of ${total}`);
    await prep.reload();
    await expect(prep.getByTestId('prep-progress')).toHaveText(`Prepared: 2 of ${total}`);
    await expect(prep.getByTestId('checklist-item').nth(2).getByRole('checkbox')).toBeChecked();

    // The outcome: history entry plus one follow-up per next step.
    await prep.getByTestId('outcome-open').click();
    const form = prep.getByTestId('outcome-form');
    await form.getByTestId('outcome-summary').fill('Anna agreed to a cold-chain pilot');
    await form.getByTestId('outcome-agreements').fill('Pilot starts in January');
    await form.getByTestId('next-step-title').nth(0).fill('Send the pilot contract');
    await form.getByTestId('add-next-step').click();
    await form.getByTestId('next-step-title').nth(1).fill('Book the Kotka site visit');
    await form.getByTestId('outcome-save').click();
    await expect(prep.getByTestId('outcome-recorded')).toContainText('2');
    await expect(prep.getByTestId('outcome-view')).toContainText('Pilot starts in January');

    await prep.goto(`${ext.url('dashboard.html')}#/account/demo-acme`);
    const followUps = prep.getByTestId('follow-ups').getByTestId('dossier-open-task');
    await expect(followUps.filter({ hasText: 'Send the pilot contract' })).toHaveCount(1);
    await expect(followUps.filter({ hasText: 'Book the Kotka site visit' })).toHaveCount(1);
    await expect(
      prep.getByTestId('history').getByTestId('history-entry').filter({ hasText: 'Anna agreed to a cold-chain pilot' }),
    ).toContainText('Call');

    // A reminder missed while the browser was closed fires once on the next start, marked late.
    const second = await scheduleNew(prep, { type: 'builtin:negotiation', minutesAhead: 50, attendee: 'Igor Smirnov' });
    const later = Date.now() + 35 * 60_000;
    const missed = (await hooks.catchUp(later)).filter((n) => n.message.includes('Igor Smirnov'));
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({ late: true, title: 'Keyside — missed reminder' });
    expect((await hooks.catchUp(later + 1000)).filter((n) => n.message.includes('Igor Smirnov'))).toEqual([]);

    // The calendar export holds the call and the new follow-ups.
    await prep.goto(`${ext.url('dashboard.html')}#/week`);
    const download = prep.waitForEvent('download');
    await prep.getByTestId('export-ics').click();
    const ics = readFileSync(await (await download).path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    // The UID is derived from the meeting's id (hashed: ids may hold characters a UID must not).
    expect(ics).toContain(`UID:meeting-${fnv1a64Hex(id)}@keyside`);
    expect(ics).toContain('Send the pilot contract — Acme Logistics');

    const dashboard = ext.url('dashboard.html');
    for (const m of [id, second]) await removeMeeting(prep, dashboard, m);
    for (const title of ['Send the pilot contract', 'Book the Kotka site visit'])
      await removeFollowUp(prep, dashboard, 'demo-acme', title);
    await prep.close();
    await page.close();
  });
});
