import fc from 'fast-check';
import { formatHlc, HlcClock, parseHlc } from '@/lib/sync/hlc';
import { mergeAll, mergeStates } from '@/lib/sync/merge';
import { canonical, isDeleted, type RecordState } from '@/lib/sync/record-state';
import { stamp } from '@/lib/sync/stamp';

const clockArb = fc
  .record({
    wall: fc.integer({ min: 0, max: 20 }),
    count: fc.integer({ min: 0, max: 3 }),
    node: fc.constantFrom('a1', 'b2', 'c3'),
  })
  .map(formatHlc);
const FIELDS = ['name', 'email', 'note', 'stage'];
const stateArb: fc.Arbitrary<RecordState> = fc
  .record({
    entries: fc.array(
      fc.tuple(
        fc.constantFrom(...FIELDS),
        clockArb,
        fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
        fc.option(clockArb, { nil: undefined }),
      ),
      {
        maxLength: 4,
      },
    ),
    deleted: fc.option(clockArb, { nil: undefined }),
  })
  .map(({ entries, deleted }) => {
    const s: RecordState = { fields: {}, clocks: {}, prev: {} };
    const fields = new Map<string, unknown>();
    const prevs = new Map<string, string>();
    for (const [name, clock, value, prev] of entries) {
      s.clocks[name] = clock;
      fields.set(name, value);
      prevs.set(name, prev !== undefined && prev < clock ? prev : '');
    }
    for (const [name, value] of fields) if (value !== undefined) s.fields[name] = value;
    for (const [name, prev] of prevs) if (prev) s.prev[name] = prev;
    if (deleted !== undefined) s.deleted = deleted;
    return s;
  });
const same = (x: RecordState, y: RecordState) => expect(canonical(x)).toBe(canonical(y));

describe('hybrid logical clock', () => {
  it('ticks strictly later than everything it issued or received, even when the wall clock goes back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 1e6 })), { maxLength: 30 }), (steps) => {
        const clock = new HlcClock('a1');
        let last = '';
        for (const [receive, t] of steps) {
          if (receive) clock.receive(formatHlc({ wall: t, count: 5, node: 'b2' }));
          const next = clock.tick(1000 - t);
          expect(next > last).toBe(true);
          if (receive) expect(next > formatHlc({ wall: t, count: 5, node: 'b2' })).toBe(true);
          last = next;
        }
      }),
    );
  });

  it('parses only what it formats', () => {
    fc.assert(fc.property(fc.string(), (s) => (parseHlc(s) ? formatHlc(parseHlc(s)!) === s : true)));
    expect(parseHlc(formatHlc({ wall: 12, count: 3, node: 'ab' }))).toEqual({ wall: 12, count: 3, node: 'ab' });
  });
});

describe('per-field merge', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        same(mergeStates(a, b).state, mergeStates(b, a).state);
        same(mergeStates(a, a).state, a);
        same(mergeStates(mergeStates(a, b).state, c).state, mergeStates(a, mergeStates(b, c).state).state);
        // The same conflicts are seen from either side.
        expect(mergeStates(a, b).conflicts).toEqual(mergeStates(b, a).conflicts);
      }),
    );
  });

  it('converges: devices that received the same versions in any order hold the same record', () => {
    fc.assert(
      fc.property(fc.array(stateArb, { minLength: 1, maxLength: 5 }), fc.infiniteStream(fc.nat()), (states, picks) => {
        const shuffled = [...states];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = picks.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        same(mergeAll(states[0]!, states.slice(1)).state, mergeAll(shuffled[0]!, shuffled.slice(1)).state);
      }),
    );
  });

  it('keeps concurrent edits of different fields and picks one winner for the same field, noting the conflict', () => {
    const base = { id: 'c1', name: 'Anna', email: 'anna@acme.example', title: 'Buyer' };
    const clockA = new HlcClock('aa');
    const clockB = new HlcClock('bb');
    const synced = stamp('contacts:c1', base, undefined, 1000, clockA);
    clockB.receive(clockA.latest);
    const onA = stamp('contacts:c1', { ...base, name: 'Anna K.', title: 'Head of buying' }, synced.row, 2000, clockA);
    const onB = stamp('contacts:c1', { ...base, email: 'anna@acme.test', title: 'Chief buyer' }, synced.row, 2000, clockB);
    const ab = mergeStates(onA.state, onB.state);
    const ba = mergeStates(onB.state, onA.state);
    same(ab.state, ba.state);
    expect(ab.state.fields).toMatchObject({ name: 'Anna K.', email: 'anna@acme.test', title: 'Chief buyer' });
    expect(ab.conflicts).toEqual(['title']);
  });

  it('a later edit after seeing the other side is not a conflict', () => {
    const clockA = new HlcClock('aa');
    const clockB = new HlcClock('bb');
    const first = stamp('k', { id: 'x', note: 'one' }, undefined, 1000, clockA);
    clockB.receive(clockA.latest);
    const second = stamp('k', { id: 'x', note: 'two' }, first.row, 900, clockB);
    const merged = mergeStates(first.state, second.state);
    expect(merged.state.fields.note).toBe('two');
    expect(merged.conflicts).toEqual([]);
  });

  it('a deletion wins over older edits and loses to an edit made after it', () => {
    const clock = new HlcClock('aa');
    const made = stamp('k', { id: 'x', note: 'one' }, undefined, 1000, clock);
    const gone = stamp('k', undefined, made.row, 2000, clock);
    expect(isDeleted(mergeStates(made.state, gone.state).state)).toBe(true);
    const back = stamp('k', { id: 'x', note: 'one' }, gone.row, 3000, clock);
    const merged = mergeStates(gone.state, back.state).state;
    expect(isDeleted(merged)).toBe(false);
    expect(merged.fields.note).toBe('one');
  });

  it('stamps only the fields whose value changed', () => {
    const clock = new HlcClock('aa');
    const first = stamp('k', { id: 'x', a: 1, b: [1, 2] }, undefined, 1000, clock);
    const again = stamp('k', { id: 'x', a: 1, b: [1, 2] }, first.row, 2000, clock);
    expect(again.changed).toBe(false);
    const edit = stamp('k', { id: 'x', a: 2, b: [1, 2] }, first.row, 2000, clock);
    expect(Object.keys(edit.row.c).filter((f) => edit.row.c[f] !== first.row.c[f])).toEqual(['a']);
    expect(edit.row.p.a).toBe(first.row.c.a);
  });
});
