import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { decodeBase93, encodeBase93 } from '../../../electron/hub/journal/base93';
import { decodeLine, encodeInput, JOURNAL_VERSION, PACK_MIN, seal } from '../../../electron/hub/journal/format';
import { MAX_PACKED_INFLATE } from '../../../electron/hub/journal/packedCodec';
import { packEvents } from '../../../electron/hub/journal/packedEvents';
import { readJournal } from '../../../electron/hub/journal/reader';
import { journalPath, SessionJournal } from '../../../electron/hub/journal/session';
import { removeCheckpoints } from '../../../electron/hub/journal/checkpointFile';
import { Room } from '../../../electron/hub/room/room';
import { restoreRoom } from '../../../electron/hub/room/restore';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { runRoom } from '../../../shared/sim/runRoom';
import type { LiveEvent } from '../../../shared/protocol/events';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'ld-jpacked-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const H = { k: 'session' as const, v: 3, roomId: 'main', platform: 'sim' };
const show = loadSampleShow();
const product = show.products[0]!.id;

/** Events of the kinds a room sees, with optional fields present or not and some foreign room/platform. */
const anEvent = (): fc.Arbitrary<LiveEvent> => {
  const base = fc.record({
    ts: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_900_000 }),
    roomId: fc.constantFrom('main', 'main', 'other'),
    platform: fc.constantFrom('sim', 'sim', 'douyin'),
    userId: fc.stringMatching(/^u[a-z0-9]{0,10}$/),
  });
  return fc.oneof(
    base.map((b) => ({ ...b, id: 'l', type: 'like', count: 1 + (b.ts % 50) }) as LiveEvent),
    fc.tuple(base, fc.option(fc.string({ maxLength: 20 }), { nil: undefined })).map(([b, nickname]) =>
      ({ ...b, id: 'en', type: 'viewer.enter', ...(nickname === undefined ? {} : { nickname }) }) as LiveEvent),
    base.map((b) => ({ ...b, id: 'lv', type: 'viewer.leave' }) as LiveEvent),
    fc.tuple(base, fc.string({ maxLength: 60 })).map(([b, text]) => ({ ...b, id: 'c', type: 'comment', nickname: '小王', text }) as LiveEvent),
    fc.tuple(base, fc.integer({ min: 1, max: 10_000_000 }), fc.option(fc.stringMatching(/^[A-Z0-9-]{1,8}$/), { nil: undefined })).map(([b, amount, sku]) =>
      ({ ...b, id: 'p', type: 'order.paid', orderId: 'o', productId: product, quantity: 1, amount, ...(sku === undefined ? {} : { sku }) }) as LiveEvent),
    base.map(({ userId: _u, ...b }) => ({ ...b, id: 'st', type: 'viewer.stats', online: 10, totalViewers: 99 }) as LiveEvent),
    base.map(({ userId: _u, ...b }) => ({ ...b, id: 'ps', type: 'product.state', productId: product, soldOut: b.ts % 2 === 0 }) as LiveEvent),
  );
};
/** A batch of 8–60 such events, ids and order ids made unique by position. */
const aBatch = fc.array(anEvent(), { minLength: PACK_MIN, maxLength: 60 }).map((events) => events.map((e, i) =>
  ({ ...e, id: `${e.id}${i}`, ...('orderId' in e ? { orderId: `o${i}` } : {}) }) as LiveEvent));

/** What the journal keeps of an event: all of it, except an entering viewer's nickname (the room never reads it). */
const kept = (events: LiveEvent[]): LiveEvent[] => events.map((e) => {
  if (e.type !== 'viewer.enter') return e;
  const { nickname: _n, ...rest } = e;
  return rest;
});

function decodeEvents(line: string): LiveEvent[] | null {
  const rec = decodeLine(line.replace(/\n$/, ''), H);
  return rec?.k === 'e' ? rec.ev : null;
}

describe('packed event batches (journal v3 `z` lines)', () => {
  it('read back exactly the events written, in order, for random batches (seeded property test)', () => {
    fc.assert(fc.property(aBatch, fc.integer({ min: 1_700_000_000_000, max: 1_700_001_000_000 }), (events, at) => {
      const line = encodeInput({ kind: 'events', at, events }, H);
      expect(line.startsWith('{"k":"z"')).toBe(true);
      expect(decodeEvents(line)).toEqual(kept(events));
    }), { seed: 15, numRuns: 60 });
  }, 120_000);

  it('keeps short batches as plain `e` lines, and reads those as before', () => {
    const events = [{ id: 'a', platform: 'sim', roomId: 'main', ts: 5, type: 'like', userId: 'u', count: 2 }] as LiveEvent[];
    const line = encodeInput({ kind: 'events', at: 5, events }, H);
    expect(line.startsWith('{"k":"e"')).toBe(true);
    expect(decodeEvents(line)).toEqual(events);
  });

  it('makes a top room\'s journal lines at least 5× smaller than the plain (v2) encoding', () => {
    const startAt = 1_760_000_000_000;
    let plain = 0;
    let packed = 0;
    for (const batch of runRoom({ show, preset: 'top', seed: 7, roomId: 'main', startAt, minutes: 0.5 })) {
      // The hub writes a line every 100 ms or so: cut the simulator's batches the same way.
      for (let i = 0; i < batch.length; i += 50) {
        const input = { kind: 'events' as const, at: batch[i]!.ts, events: batch.slice(i, i + 50) };
        plain += Buffer.byteLength(encodeInput(input, H, true));
        const line = encodeInput(input, H);
        packed += Buffer.byteLength(line);
        expect(decodeEvents(line)).toEqual(kept(input.events));
      }
    }
    expect(plain / packed).toBeGreaterThan(5);
  });

  it('reads back exactly numbered ids and user ids (prefix + counter; leading zeros, upper case, huge numbers stay strings)', () => {
    const numbered = fc.oneof(
      fc.nat({ max: 2_000_000 }).map((n) => `sim-7-e${n.toString(36)}`),
      fc.nat({ max: 999_999 }).map((n) => `sim-7-u${n}`),
      fc.constantFrom('u007', 'U12', 'x-0', '-', '', 'a-zzzzzzzzzzzzzzzzzz', '9007199254740993', 'sim-7-e', 'dy_123_456'),
    );
    const batch = fc.array(fc.tuple(numbered, numbered, fc.constantFrom('like', 'viewer.leave')), { minLength: PACK_MIN, maxLength: 80 })
      .map((xs) => xs.map(([id, userId, type], i) => ({ id, userId, type, ts: 1_700_000_000_000 + i, roomId: 'main', platform: 'sim', ...(type === 'like' ? { count: 1 + i } : {}) }) as LiveEvent));
    fc.assert(fc.property(batch, (events) => {
      const line = encodeInput({ kind: 'events', at: 1_700_000_000_000, events }, H);
      expect(decodeEvents(line)).toEqual(events);
    }), { seed: 151, numRuns: 200 });
  }, 120_000);

  it('number-codes counters (smaller lines) and still reads lines packed before number-coding (plain id/user id columns)', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `sim-7-e${(1_000_000 + i).toString(36)}`, platform: 'sim', roomId: 'main', ts: 100 + i, type: 'like', userId: `sim-7-u${700_000 + i * 37}`, count: 1 })) as LiveEvent[];
    const line = encodeInput({ kind: 'events', at: 100, events }, H);
    expect(decodeEvents(line)).toEqual(events);
    // The same batch as written before (no ib/kb: plain string columns), sealed as a line.
    const body = { t: ['like'], o: '0'.repeat(40), g: [{ keys: ['userId', 'count'], id: events.map((e) => e.id), dt: events.map((_, i) => (i === 0 ? 0 : 1)), cols: [events.map((e) => (e as { userId: string }).userId), events.map(() => 1)] }] };
    const old = seal(JSON.stringify({ k: 'z', at: 100, n: 40, z: deflateRawSync(JSON.stringify(body)).toString('base64') }));
    expect(decodeEvents(old)).toEqual(events);
    expect(line.length).toBeLessThan(old.length);
    // A delta with no numbered value before it is damage.
    const bad = { ...body, g: [{ ...body.g[0]!, ib: 36, id: [5, ...body.g[0]!.id.slice(1)] }] };
    expect(decodeEvents(seal(JSON.stringify({ k: 'z', at: 100, n: 40, z: deflateRawSync(JSON.stringify(bad)).toString('base64') })))).toBeNull();
  });

  it('treats a packed line whose content was changed (checksum recomputed) as damage', () => {
    const events = Array.from({ length: 10 }, (_, i) => ({ id: `l${i}`, platform: 'sim', roomId: 'main', ts: 100 + i, type: 'like', userId: `u${i}`, count: 1 })) as LiveEvent[];
    const line = encodeInput({ kind: 'events', at: 100, events }, H);
    const json = JSON.parse(line.replace(/,"#":"[0-9a-f]{8}"\}\n$/, '}')) as { k: string; at: number; n: number; c: number; z: string };
    expect(json.c).toBe(2);
    const reseal = (o: object) => seal(JSON.stringify(o));
    // A different byte in the deflated payload.
    const bytes = decodeBase93(json.z)!;
    const mid = Math.floor(bytes.length / 2);
    bytes[mid] = bytes[mid]! ^ 0x5a;
    expect(decodeEvents(reseal({ ...json, z: encodeBase93(bytes) }))).toBeNull();
    // A count that does not match the events, not base-93 text, another codec's text, an unknown codec, not a packed body.
    expect(decodeEvents(reseal({ ...json, n: 11 }))).toBeNull();
    expect(decodeEvents(reseal({ ...json, z: `${json.z.slice(0, 4)}é${json.z.slice(5)}` }))).toBeNull();
    expect(decodeEvents(reseal({ ...json, c: 1 }))).toBeNull();
    expect(decodeEvents(reseal({ ...json, c: 3 }))).toBeNull();
    expect(decodeEvents(reseal({ ...json, c: '2' }))).toBeNull();
    expect(decodeEvents(reseal({ ...json, z: deflateRawSync('{"t":[],"o":"0","g":[]}').toString('base64') }))).toBeNull();
    // Unchanged, it reads.
    expect(decodeEvents(reseal(json))).toHaveLength(10);
  });

  it('refuses a packed line that inflates beyond the limit (a deflate bomb), without inflating it all', () => {
    const bomb = deflateRawSync(Buffer.alloc(MAX_PACKED_INFLATE + 1024, 0x20)).toString('base64');
    expect(bomb.length).toBeLessThan(200_000);
    expect(decodeEvents(seal(JSON.stringify({ k: 'z', at: 1, n: 1, z: bomb })))).toBeNull();
  });

  it('never trusts a packed money event whose amount is not a valid amount', () => {
    const bad = [{ id: 'p1', ts: 1, type: 'order.paid', userId: 'u', orderId: 'o', productId: product, quantity: 1, amount: -99_886_569 }];
    const z = packEvents([...bad, ...Array.from({ length: 8 }, (_, i) => ({ id: `l${i}`, ts: 2, type: 'like', userId: 'u', count: 1 }))], 1)!;
    expect(decodeEvents(seal(JSON.stringify({ k: 'z', at: 1, n: 9, z })))).toBeNull();
  });

  it('continues a version-2 journal with packed lines, and a restart reads both kinds back', () => {
    const dataDir = tmp();
    const opened = () => {
      const j = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 5_000, checkpointMs: 0, writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000 } });
      const room = restoreRoom(j, show) ?? new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
      j.start(room, { show, startOnAir: true });
      room.onInput = (input) => j.append(input);
      return { j, room };
    };
    const likes = (from: number, n: number): LiveEvent[] => Array.from({ length: n }, (_, i) =>
      ({ id: `l${from + i}`, platform: 'sim', roomId: 'main', ts: 1_000 + from + i, type: 'like', userId: `u${(from + i) % 7}`, count: 2 }));
    // A journal as a version-2 hub wrote it: its header says v 2, its batches are plain lines.
    const a = opened();
    a.room.ingest(likes(0, 3), 1_003);
    a.j.close();
    const path = journalPath(dataDir, 'main');
    removeCheckpoints(path);
    const [header, ...rest] = readFileSync(path, 'utf8').split('\n');
    expect(header).toContain(`"v":${JOURNAL_VERSION}`);
    const v2 = seal(header!.replace(/,"#":"[0-9a-f]{8}"\}$/, '}').replace(`"v":${JOURNAL_VERSION}`, '"v":2'));
    writeFileSync(path, v2 + rest.join('\n'));
    // This hub resumes it and appends a packed batch.
    const b = opened();
    expect(b.j.report?.events).toBe(3);
    b.room.ingest(likes(3, 20), 1_030);
    b.j.close();
    removeCheckpoints(path);
    const kinds: string[] = [];
    const scan = readJournal(path, () => undefined);
    for (const l of readFileSync(path, 'utf8').split('\n')) if (l) kinds.push((JSON.parse(l) as { k: string }).k);
    expect(kinds).toContain('z');
    expect(kinds).toContain('e');
    expect(scan.badLines).toBe(0);
    const c = opened();
    expect(c.j.report).toMatchObject({ events: 23, badLines: 0 });
    expect(c.room.stats.events).toBe(23);
    c.j.close();
  });
});
