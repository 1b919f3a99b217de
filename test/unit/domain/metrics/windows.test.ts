import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../shared/domain/rng';
import { hashHi, hashLo } from '../../../../shared/domain/metrics/idHash';
import { IntSet } from '../../../../shared/domain/metrics/intSet';
import { LastSeenWindow } from '../../../../shared/domain/metrics/lastSeen';
import { RecentIds } from '../../../../shared/domain/metrics/recentIds';

const key = (id: string): [number, number] => [hashHi(id), hashLo(id)];

describe('LastSeenWindow (keyed by id hash)', () => {
  it('counts distinct users in the window exactly, as a naive recount does, and forgets them when they expire', () => {
    const rng = createRng(11);
    const cap = 35;
    const w = new LastSeenWindow(cap);
    const last = new Map<string, number>();
    const start = 1_000_000;
    w.advance(start);
    for (let sec = start; sec < start + 400; sec++) {
      if (sec % 97 === 0) sec += 50; // a gap longer than the ring
      w.advance(sec);
      for (let k = rng.int(0, 30); k > 0; k--) {
        const id = `u${rng.int(1, 300)}`;
        w.touch(...key(id));
        last.set(id, sec);
      }
      for (const win of [1, 10, 30]) {
        let naive = 0;
        for (const s of last.values()) if (s > sec - win) naive++;
        expect(w.distinct(win)).toBe(naive);
      }
    }
    // Nobody active for longer than the ring: nobody held, nobody counted.
    w.advance(start + 10_000);
    expect(w.distinct(30)).toBe(0);
    expect(w.held).toBe(0);
  });

  it('holds only the window\'s active users: 200,000 passers-by, 500 at a time, keep the table small', () => {
    const w = new LastSeenWindow(10);
    let user = 0;
    for (let sec = 1; sec <= 4000; sec++) {
      w.advance(sec);
      for (let k = 0; k < 50; k++) w.touch(...key(`v${++user}`));
      expect(w.distinct(10)).toBe(Math.min(sec, 10) * 50);
    }
    expect(user).toBe(200_000);
    expect(w.held).toBe(500);
    // The table behind it stays a small multiple of the 500 held (16 bytes a slot).
    expect((w as unknown as { seen: RecentIds }).seen.capacity).toBeLessThanOrEqual(4096);
  });

  it('round-trips through its checkpoint form and goes on counting the same', () => {
    const a = new LastSeenWindow(20);
    const b = new LastSeenWindow(20);
    for (let sec = 100; sec < 130; sec++) { a.advance(sec); for (let k = 0; k < 5; k++) a.touch(...key(`u${(sec * 7 + k) % 40}`)); }
    b.load(JSON.parse(JSON.stringify(a.serialise())) as ReturnType<LastSeenWindow['serialise']>);
    expect(JSON.stringify(b.serialise())).toBe(JSON.stringify(a.serialise()));
    for (let sec = 130; sec < 160; sec++) {
      for (const w of [a, b]) { w.advance(sec); for (let k = 0; k < 5; k++) w.touch(...key(`u${(sec * 3 + k) % 40}`)); }
      expect(b.distinct(20)).toBe(a.distinct(20));
    }
    expect(JSON.stringify(b.serialise())).toBe(JSON.stringify(a.serialise()));
  });
});

describe('RecentIds', () => {
  it('reads an entry at or below the floor as absent, and drops it when the table is rebuilt', () => {
    const r = new RecentIds();
    expect(r.set(1, 2, 100, 0)).toBe(-1);
    expect(r.get(1, 2, 99)).toBe(100);
    expect(r.get(1, 2, 100)).toBe(-1);
    expect(r.set(1, 2, 200, 150)).toBe(-1); // expired before: reads as new
    expect(r.set(1, 2, 210, 150)).toBe(200);
    for (let i = 0; i < 10_000; i++) r.set(i + 10, i, 1000 + i, 1000 + i - 100);
    expect(r.live(10_999 - 100)).toBe(100);
    expect(r.capacity).toBeLessThanOrEqual(1024);
    expect(r.get(1, 2, 10_000)).toBe(-1);
  });

  it('serialises the same contents the same way whatever the insertion history', () => {
    const a = new RecentIds();
    const b = new RecentIds();
    for (let i = 0; i < 3000; i++) a.set(i * 7919, i, 50 + (i % 10), 0);
    for (let i = 2999; i >= 0; i--) b.set(i * 7919, i, 50 + (i % 10), 0);
    expect(JSON.stringify(b.serialise(0))).toBe(JSON.stringify(a.serialise(0)));
    expect(JSON.stringify(RecentIds.restore(a.serialise(0)).serialise(0))).toBe(JSON.stringify(a.serialise(0)));
  });
});

describe('IntSet', () => {
  it('is an exact set (as Set<number>), sorted in its checkpoint form', () => {
    const rng = createRng(5);
    const s = new IntSet();
    const ref = new Set<number>();
    for (let i = 0; i < 50_000; i++) {
      const v = rng.int(0, 30_000);
      expect(s.add(v)).toBe(!ref.has(v));
      ref.add(v);
    }
    expect(s.size).toBe(ref.size);
    for (let v = 0; v <= 30_000; v += 7) expect(s.has(v)).toBe(ref.has(v));
    expect([...s.sorted()]).toEqual([...ref].sort((a, b) => a - b));
    expect(s.capacity).toBeLessThanOrEqual(4 * ref.size);
    expect(IntSet.of(s.sorted()).size).toBe(ref.size);
  });

  it('refuses a member that is not a non-negative integer when read back', () => {
    expect(() => IntSet.of([1, -2])).toThrow();
  });
});
