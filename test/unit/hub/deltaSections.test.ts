import { describe, expect, it } from 'vitest';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { DELTA_SECTION_KEYS, DELTA_SECTIONS, RoomSnapshot, type Delta } from '../../../shared/protocol/room';

const T0 = 1_750_000_000_000;
const show = loadSampleShow();
const caller = { id: 'a', name: '场控', role: 'producer' as const };
const comment = (id: string, ts: number) => ({ id, platform: 'sim' as const, roomId: 'main', ts, type: 'comment' as const, userId: `u${id}`, nickname: 'n', text: `t${id}` });

describe('delta sections: the hub builds deltas and snapshots from the one table', () => {
  it('a delta carries exactly the sections that changed, with seriesTail for the series-tail section', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    room.flush(T0);
    room.ingest([comment('c1', T0 + 10)], T0 + 10);
    room.apply({ id: 'k1', type: 'cue.fire', kind: 'coupon', note: '券' }, caller, T0 + 20);
    const d = room.flush(T0 + 100)!;
    const sections = Object.keys(d).filter((k) => k !== 'seq' && k !== 'serverTime' && k !== 'seriesTail').sort();
    expect(sections).toEqual(['comments', 'cues', 'metrics']);
    expect(sections.every((k) => k in DELTA_SECTIONS)).toBe(true);
    expect(d.comments!.map((c) => c.id)).toEqual(['c1']);
    expect(d.seriesTail).toBe(true);
    // Nothing new, and within the metrics idle second: no delta.
    expect(room.flush(T0 + 200)).toBeNull();
  });

  it('a snapshot carries every section whole (show as rev + show), valid against the schema', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    room.ingest([comment('c1', T0 + 10), comment('c2', T0 + 20)], T0 + 20);
    room.flush(T0 + 100);
    room.ingest([comment('c3', T0 + 150)], T0 + 150);
    room.flush(T0 + 200);
    const snap = room.snapshot(T0 + 300);
    expect(RoomSnapshot.safeParse(snap).success).toBe(true);
    for (const k of DELTA_SECTION_KEYS) expect(snap[k]).toBeDefined();
    expect(snap.comments.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(snap.rev).toBe(room.rev);
    expect(snap.show).toBe(room.show);
    expect(snap.seq).toBe(2);
  });

  it('since() returns the logged deltas in order, or null when the log no longer reaches back', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true, logSize: 3 });
    const seqs: number[] = [];
    for (let i = 0; i < 5; i++) {
      room.ingest([comment(`c${i}`, T0 + i * 100)], T0 + i * 100);
      seqs.push((room.flush(T0 + i * 100 + 50) as Delta).seq);
    }
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect(room.since(2)!.map((d) => d.seq)).toEqual([3, 4, 5]);
    expect(room.since(1)).toBeNull();
    expect(room.since(5)).toEqual([]);
  });
});
