import { describe, expect, it } from 'vitest';
import { createRng } from '../../../shared/domain/rng';
import { Intake } from '../../../electron/hub/room/intake';
import { SeenIds } from '../../../electron/hub/room/seenIds';
import type { LiveEvent } from '../../../shared/protocol/events';

/** The behaviour SeenIds must have: a FIFO of the last `capacity` distinct ids. */
class Reference {
  private order: string[] = [];
  private set = new Set<string>();
  constructor(private readonly capacity: number) {}
  add(id: string): boolean {
    if (this.set.has(id)) return false;
    this.order.push(id);
    this.set.add(id);
    if (this.order.length > this.capacity) this.set.delete(this.order.shift()!);
    return true;
  }
  has(id: string): boolean { return this.set.has(id); }
}

describe('SeenIds (hashed de-duplication ring)', () => {
  it('answers exactly as a FIFO of the last N distinct ids, through many evictions (seeded)', () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const cap = 97;
      const ours = new SeenIds(cap);
      const ref = new Reference(cap);
      for (let step = 0; step < 20_000; step++) {
        // A small id space so ids recur both inside and outside the window.
        const id = `msg-${rng.int(0, 399)}`;
        expect(ours.add(id)).toBe(ref.add(id));
        const probe = `msg-${rng.int(0, 399)}`;
        expect(ours.has(probe)).toBe(ref.has(probe));
      }
      expect(ours.size).toBe(cap);
    }
  });

  it('survives serialise → load with the same answers and the same eviction order', () => {
    const a = new SeenIds(50);
    for (let i = 0; i < 120; i++) a.add(`id${i}`);
    const b = new SeenIds(50);
    b.load(JSON.parse(JSON.stringify(a.serialise())));
    for (let i = 0; i < 120; i++) expect(b.has(`id${i}`)).toBe(i >= 70);
    // The oldest restored id is evicted first.
    b.add('new-1');
    expect(b.has('id70')).toBe(false);
    expect(b.has('id71')).toBe(true);
    expect(b.serialise()).toEqual((() => { a.add('new-1'); return a.serialise(); })());
  });

  it('refuses a damaged checkpoint column', () => {
    const s = new SeenIds(4);
    s.add('x');
    const state = s.serialise();
    expect(() => new SeenIds(4).load({ hi: state.hi, lo: '' })).toThrow(/differ/);
  });
});

describe('Intake de-duplication across a checkpoint', () => {
  const like = (id: string): LiveEvent => ({ type: 'like', id, ts: 1, roomId: 'r', platform: 'sim', userId: 'u', count: 1 } as unknown as LiveEvent);

  it('drops an id seen before the checkpoint, from a new (hashed) or an older (plain ids) checkpoint', () => {
    const before = new Intake(10);
    expect(before.fresh(like('a'))).toBe(true);
    expect(before.fresh(like('a'))).toBe(false);
    const state = before.serialise();
    expect(state.seen).toBeUndefined();
    const after = new Intake(10);
    after.load(state);
    expect(after.fresh(like('a'))).toBe(false);
    expect(after.fresh(like('b'))).toBe(true);

    const old = new Intake(10);
    old.load({ ...state, seenIds: undefined, seen: ['a', 'c'] });
    expect(old.fresh(like('c'))).toBe(false);
    expect(old.fresh(like('d'))).toBe(true);
  });
});
