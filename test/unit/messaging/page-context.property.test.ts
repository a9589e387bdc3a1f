import fc from 'fast-check';
import { vi } from 'vitest';
import { contentToWorker } from '@/lib/messaging/content-to-worker';
import { dispatch, type Sender } from '@/lib/messaging/handle';
import { PageContext } from '@/lib/schema/page-context';
import { self, tab } from './senders';

/**
 * What the content script reports is shaped by a page we do not trust (repository issue 10,
 * standing tests): any object reaches the worker's handler only parsed and within the caps,
 * and never makes the worker throw.
 */
const content: Sender = { id: 'keyside', url: 'https://mail.example/', tab, frameId: 0 };

const person = fc.record(
  { email: fc.string({ maxLength: 40 }), name: fc.string({ maxLength: 20 }), role: fc.constantFrom('from', 'to', 'x') },
  { requiredKeys: [] },
);
const contextish = fc.record(
  {
    site: fc.oneof(fc.string({ maxLength: 50 }), fc.anything()),
    url: fc.oneof(fc.webUrl(), fc.anything()),
    status: fc.oneof(fc.constantFrom('message', 'record', 'event', 'none', 'unrecognised'), fc.anything()),
    people: fc.oneof(fc.array(person, { maxLength: 5 }), fc.anything()),
    subject: fc.oneof(fc.string(), fc.anything()),
    inviteUrl: fc.oneof(fc.webUrl(), fc.anything()),
    layout: fc.string({ maxLength: 90 }),
  },
  { requiredKeys: [] },
);

/** The caps a context must respect once parsed (lib/schema/page-context.ts). */
function withinCaps(c: PageContext): boolean {
  return (
    c.site.length <= 40 &&
    c.url.length <= 4000 &&
    c.people.length <= 200 &&
    c.people.every((p) => p.email.length <= 320 && p.name.length <= 200) &&
    [c.subject, c.messageId, c.threadId, c.title].every((s) => s.length <= 1000) &&
    c.signature.length <= 2000 &&
    (c.inviteUrl ?? '').length <= 4000 &&
    c.layout.length <= 80
  );
}

describe('page-context messages (property)', () => {
  it('any payload is refused or reaches the handler parsed and within the caps; the worker never throws', async () => {
    const handler = vi.fn((c: PageContext) => {
      if (!withinCaps(c)) throw new Error('over the cap');
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(contextish, fc.anything()), async (data) => {
        handler.mockClear();
        // pageContext answers nothing; a throw would reject this promise and fail the property.
        await dispatch(contentToWorker.pageContext, handler, { data, sender: content }, self);
        expect(handler.mock.results.every((r) => r.type === 'return')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every oversize field', async () => {
    const valid = { site: 'gmail', url: 'https://mail.example/', status: 'message' };
    const oversize: Record<string, unknown> = {
      site: 'x'.repeat(41),
      url: 'x'.repeat(4001),
      subject: 'x'.repeat(1001),
      messageId: 'x'.repeat(1001),
      threadId: 'x'.repeat(1001),
      title: 'x'.repeat(1001),
      signature: 'x'.repeat(2001),
      date: 'x'.repeat(41),
      eventStart: 'x'.repeat(41),
      location: 'x'.repeat(1001),
      inviteUrl: 'x'.repeat(4001),
      layout: 'x'.repeat(81),
      people: Array.from({ length: 201 }, (_, i) => ({ email: `p${i}@x.example` })),
    };
    const handler = vi.fn();
    for (const [field, value] of Object.entries(oversize)) {
      expect(PageContext.safeParse({ ...valid, [field]: value }).success, field).toBe(false);
      await dispatch(contentToWorker.pageContext, handler, { data: { ...valid, [field]: value }, sender: content }, self);
    }
    for (const person of [{ email: 'x'.repeat(321) }, { email: 'a@b.example', name: 'x'.repeat(201) }])
      expect(PageContext.safeParse({ ...valid, people: [person] }).success).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(PageContext.safeParse(valid).success).toBe(true);
  });

  it('refuses an invitation text above 256 KB', async () => {
    const handler = vi.fn();
    const data = { url: 'https://mail.example/att', text: 'x'.repeat(256 * 1024 + 1) };
    await dispatch(contentToWorker.inviteText, handler, { data, sender: content }, self);
    expect(handler).not.toHaveBeenCalled();
  });
});
