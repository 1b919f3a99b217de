import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalPath, SessionJournal } from '../../../electron/hub/journal/session';
import { checkpointPaths, encodeCheckpoint, readCheckpoint, type CheckpointMeta } from '../../../electron/hub/journal/checkpointFile';
import { Room } from '../../../electron/hub/room/room';
import { restoreRoom } from '../../../electron/hub/room/restore';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import type { LiveEvent } from '../../../shared/protocol/events';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
const show = loadSampleShow();
const product = show.products[0]!.id;

function open(dataDir: string) {
  const j = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 5_000, checkpointMs: 0, writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000 } });
  const room = restoreRoom(j, show) ?? new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
  j.start(room, { show, startOnAir: true });
  room.onInput = (input) => j.append(input);
  return { j, room };
}
const base = (i: number) => ({ id: `e${i}`, platform: 'sim' as const, roomId: 'main', ts: 1_000 + i });

describe('a checkpoint written by the earlier metrics engine (state v1)', () => {
  it('is refused and the journal replayed in full: the same figures, never a wrong one', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-cp-old-'));
    dirs.push(dataDir);
    const a = open(dataDir);
    const events: LiveEvent[] = [
      { ...base(1), type: 'viewer.enter', userId: 'u1' },
      { ...base(2), type: 'viewer.enter', userId: 'u2' },
      { ...base(3), type: 'viewer.stats', online: 700, totalViewers: 900 },
      { ...base(4), type: 'order.paid', userId: 'u1', orderId: 'o1', productId: product, quantity: 1, amount: 4_200 },
    ];
    a.room.ingest(events, 1_004);
    const expected = a.room.snapshot(9_000).metrics.now;
    a.j.close();
    // Rewrite the clean-stop checkpoint as the earlier engine would have labelled its state (valid file, old state).
    const slot = checkpointPaths(journalPath(dataDir, 'main')).find((p) => readCheckpoint(p) !== null)!;
    const cp = readCheckpoint(slot)!;
    const state = cp.state as { figures: { engine: { v: number } } };
    state.figures.engine.v = 1;
    const { k: _k, v: _v, crc: _c, bytes: _b, ...meta } = cp.meta as CheckpointMeta;
    writeFileSync(slot, encodeCheckpoint(meta, state));
    expect(readFileSync(slot, 'utf8')).toContain('"v":1');
    const b = open(dataDir);
    expect(b.j.report!.checkpoint).toBeNull();
    expect(b.j.report!.events).toBe(4);
    expect(b.room.snapshot(9_000).metrics.now).toEqual(expected);
    expect(expected).toMatchObject({ online: 700, totalViewers: 900, gmv: 4_200 });
    b.j.close();
  });
});
