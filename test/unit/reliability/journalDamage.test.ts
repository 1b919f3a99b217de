import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journalPath, SessionJournal } from '../../../electron/hub/journal/session';
import { checkpointPaths, removeCheckpoints } from '../../../electron/hub/journal/checkpointFile';
import { encodeRecord } from '../../../electron/hub/journal/format';
import { Room } from '../../../electron/hub/room/room';
import { restoreRoom } from '../../../electron/hub/room/restore';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import type { LiveEvent } from '../../../shared/protocol/events';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'ld-jdamage-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const show = loadSampleShow();
const product = show.products[0]!.id;
const caller = { id: 'c1', name: '小王', role: 'producer' as const };
const paid = (i: number, amount: number): LiveEvent => ({
  id: `p${i}`, platform: 'sim', roomId: 'main', ts: 1_000 + i, type: 'order.paid', userId: `u${i}`, orderId: `o${i}`, productId: product, quantity: 1, amount,
});

function open(dataDir: string, checkpointMs = 0) {
  const j = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 5_000, checkpointMs, writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000 } });
  const room = restoreRoom(j, show) ?? new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
  j.start(room, { show, startOnAir: true });
  room.onInput = (input) => j.append(input);
  return { j, room };
}
const gmv = (room: Room) => room.snapshot(9_000).metrics.now.gmv;

/** A session of three paid orders (100, 200, 300 fen), closed without a checkpoint. */
function session(dataDir: string): string {
  const a = open(dataDir);
  a.room.ingest([paid(1, 100)], 1_001);
  a.room.ingest([paid(2, 200)], 1_002);
  a.room.ingest([paid(3, 300)], 1_003);
  a.j.close();
  removeCheckpoints(journalPath(dataDir, 'main'));
  return journalPath(dataDir, 'main');
}

describe('journal damage: skipped, counted, never trusted for money', () => {
  it.each([
    ['null', 'null'], ['negative', '-99886569'], ['absurd', '1e300'],
  ])('a valid-JSON line with a wrong checksum (GMV %s) does not enter', (_name, forged) => {
    const dataDir = tmp();
    const path = session(dataDir);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"amount":200', `"amount":${forged}`));
    const b = open(dataDir);
    expect(gmv(b.room)).toBe(400);
    expect(b.j.report).toMatchObject({ badLines: 1, events: 2 });
    expect(b.j.status().damaged).toBe(1);
    b.j.close();
  });

  it('a line with a correct checksum but an impossible amount is refused too', () => {
    const dataDir = tmp();
    const path = session(dataDir);
    // Forged with its checksum recomputed: the money check still refuses it.
    appendFileSync(path, encodeRecord({ k: 'e', at: 1_004, ev: [{ ...paid(4, 0), amount: -99_886_569 } as LiveEvent] }));
    appendFileSync(path, encodeRecord({ k: 'e', at: 1_005, ev: [{ ...paid(5, 0), amount: 1e300 } as LiveEvent] }));
    const b = open(dataDir);
    expect(gmv(b.room)).toBe(600);
    expect(b.j.report!.badLines).toBe(2);
    b.j.close();
  });

  it('skips and counts corrupt bytes, keeping everything after them', () => {
    const dataDir = tmp();
    const path = session(dataDir);
    const buf = readFileSync(path);
    const at = buf.indexOf('"amount":200');
    buf[at + 10] = 0xff; // one byte flipped inside the second order
    writeFileSync(path, buf);
    const b = open(dataDir);
    expect(gmv(b.room)).toBe(400);
    expect(b.j.report).toMatchObject({ badLines: 1, events: 2 });
    b.j.close();
  });

  it('recovers the body when the header is damaged', () => {
    const dataDir = tmp();
    const path = session(dataDir);
    const buf = readFileSync(path);
    buf[20] = buf[20]! ^ 0x01; // one changed byte in the header
    writeFileSync(path, buf);
    const b = open(dataDir);
    expect(b.j.report).toMatchObject({ headerDamaged: true, events: 3, badLines: 1 });
    expect(b.j.rotatedTo).toBeNull();
    expect(gmv(b.room)).toBe(600);
    b.j.close();
  });
});

describe('checkpoints', () => {
  it('a clean stop writes one; the restart loads it and replays only the tail after it', () => {
    const dataDir = tmp();
    const a = open(dataDir);
    a.room.ingest([paid(1, 100), paid(2, 200)], 1_002);
    expect(a.room.apply({ id: 'k', type: 'slot.takeNext' }, caller, 1_003).ok).toBe(true);
    a.j.close();
    expect(a.j.status().checkpoint).not.toBeNull();
    // A crash-like tail: events appended after the checkpoint.
    appendFileSync(journalPath(dataDir, 'main'), encodeRecord({ k: 'e', at: 1_004, ev: [paid(3, 300)] }));
    const b = open(dataDir);
    expect(b.j.report).toMatchObject({ events: 3, commands: 1, tailRecords: 1, checkpoint: { offset: a.j.status().checkpoint!.offset } });
    expect(gmv(b.room)).toBe(600);
    expect(b.room.live.runs).toHaveLength(2);
    expect(b.j.run).toBe(2);
    b.j.close();
  });

  it('a damaged newest checkpoint falls back to the other one, or to a full replay', () => {
    const dataDir = tmp();
    const a = open(dataDir);
    a.room.ingest([paid(1, 100)], 1_001);
    a.j.close();
    const b = open(dataDir);
    b.room.ingest([paid(2, 200)], 1_002);
    b.j.close();
    // b wrote the second slot; damage it.
    const [first, second] = checkpointPaths(journalPath(dataDir, 'main'));
    writeFileSync(second, readFileSync(second, 'utf8').replace('"gmv', '"gmw'));
    const c = open(dataDir);
    // The first slot (a's clean stop) is used, and b's order replayed from the journal after it.
    expect(c.j.report).toMatchObject({ checkpoint: { offset: a.j.status().checkpoint!.offset }, tailRecords: 1 });
    expect(gmv(c.room)).toBe(300);
    c.j.close();
    writeFileSync(first, 'damaged');
    writeFileSync(second, 'damaged');
    const d = open(dataDir);
    expect(d.j.report!.checkpoint).toBeNull();
    expect(gmv(d.room)).toBe(300);
    d.j.close();
  });
});
