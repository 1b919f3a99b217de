import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { decodeBase93, encodeBase93 } from '../../../electron/hub/journal/base93';
import { checksum } from '../../../electron/hub/journal/checksum';
import { decodeLine, encodeInput, PACK_MIN, seal } from '../../../electron/hub/journal/format';
import { PACK_DICTIONARY_2 } from '../../../electron/hub/journal/packDictionary';
import { compressBody, expandBody, MAX_PACKED_INFLATE, PACK_CODEC } from '../../../electron/hub/journal/packedCodec';
import { packEvents } from '../../../electron/hub/journal/packedEvents';
import { readJournal } from '../../../electron/hub/journal/reader';
import { removeCheckpoints } from '../../../electron/hub/journal/checkpointFile';
import { journalPath, SessionJournal } from '../../../electron/hub/journal/session';
import { restoreRoom } from '../../../electron/hub/room/restore';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import type { LiveEvent } from '../../../shared/protocol/events';

const H = { k: 'session' as const, v: 4, roomId: 'main', platform: 'sim' };
const show = loadSampleShow();

// Values JSON keeps as they are (a JSON line turns -0 into 0 whatever the codec).
const flat = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -1e9, max: 1e9 }), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x || 0));
/** Random flat events (any type names, any keys, numbered and unnumbered ids), as the journal keeps them. */
const aBatch = fc.array(fc.record({
  type: fc.constantFrom('like', 'viewer.enter', 'viewer.leave', 'comment', 'x.y'),
  id: fc.oneof(fc.nat({ max: 5_000_000 }).map((n) => `sim-3-e${n.toString(36)}`), fc.string({ maxLength: 8 })),
  ts: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_100_000 }),
  extra: fc.dictionary(fc.constantFrom('userId', 'count', 'text', 'nickname', 'k1', 'roomId'), flat, { maxKeys: 4 }),
}), { minLength: 1, maxLength: 120 }).map((xs) => xs.map(({ extra, ...e }) => ({ ...extra, ...e })));

describe('base-93 text (packed lines, codec 2)', () => {
  it('round-trips any bytes exactly, with only JSON-safe printable ASCII, 1.23× the bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 700 }), (bytes) => {
      const text = encodeBase93(bytes);
      expect(text).toMatch(/^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/);
      expect(JSON.parse(JSON.stringify(text))).toBe(text);
      expect(JSON.stringify(text)).toBe(`"${text}"`); // nothing escaped
      expect(decodeBase93(text)).toEqual(Buffer.from(bytes));
      expect(text.length).toBeLessThanOrEqual(Math.ceil((bytes.length * 8) / 13) * 2);
    }), { seed: 93, numRuns: 400 });
  });

  it('refuses text it could not have written', () => {
    expect(decodeBase93('"')).toBeNull();
    expect(decodeBase93('\\a')).toBeNull();
    expect(decodeBase93('aé')).toBeNull();
    expect(decodeBase93('~~')).toBeNull(); // 92 + 92·93 > 13 bits
    expect(decodeBase93('~')).toBeNull(); // a last lone character above 6 bits
    expect(decodeBase93('')).toEqual(Buffer.alloc(0));
  });
});

describe('packed-line codecs', () => {
  it('round-trip random batches exactly through codec 2 and codec 1 (seeded property test)', () => {
    fc.assert(fc.property(aBatch, fc.integer({ min: 1_700_000_000_000, max: 1_700_000_100_000 }), (events, at) => {
      for (const codec of [1, 2] as const) {
        const z = packEvents(events, at, codec);
        expect(z).not.toBeNull();
        const json = expandBody(z!, codec);
        expect(json).not.toBeNull();
        expect(expandBody(z!, codec === 1 ? 2 : 1)).not.toBe(json);
      }
      const line = encodeInput({ kind: 'events', at, events: events.map((e) => ({ roomId: 'main', platform: 'sim', ...e })) as unknown as LiveEvent[] }, H);
      if (events.length >= PACK_MIN) expect(line).toContain(`"c":${PACK_CODEC},"z":"`);
      const rec = decodeLine(line.slice(0, -1), H);
      const want = events.map((e) => {
        const out: Record<string, unknown> = { roomId: 'main', platform: 'sim', ...e };
        if (out.type === 'viewer.enter') delete out.nickname;
        return out;
      });
      expect(rec?.k === 'e' ? rec.ev : null).toEqual(want);
    }), { seed: 152, numRuns: 150 });
  }, 120_000);

  it('writes codec 2 and still reads lines of codec 1 (no `c`)', () => {
    const events = Array.from({ length: 30 }, (_, i) => ({ id: `sim-1-e${(50_000 + i).toString(36)}`, ts: 1_000 + i, type: 'like', userId: `sim-1-u${9_000 + i * 7}`, count: 1 + (i % 5) }));
    const line2 = encodeInput({ kind: 'events', at: 1_000, events: events.map((e) => ({ ...e, roomId: 'main', platform: 'sim' })) as LiveEvent[] }, H);
    const line1 = seal(`{"k":"z","at":1000,"n":30,"z":"${packEvents(events, 1_000, 1)!}"}`);
    expect(line2).toMatch(/^\{"k":"z","at":1000,"n":30,"c":2,"z":"/);
    const ev = (l: string) => { const r = decodeLine(l.replace(/\n$/, ''), H); return r?.k === 'e' ? r.ev : null; };
    expect(ev(line2)).toEqual(ev(line1));
    expect(ev(line1)).toHaveLength(30);
    expect(line2.length).toBeLessThan(line1.length);
  });

  it('caps what a codec-2 line may inflate to (a lying line is damage)', () => {
    const bomb = encodeBase93(deflateRawSync(Buffer.alloc(MAX_PACKED_INFLATE + 1024, 0x20), { dictionary: PACK_DICTIONARY_2 }));
    expect(expandBody(bomb, 2)).toBeNull();
    expect(decodeLine(seal(JSON.stringify({ k: 'z', at: 1, n: 1, c: 2, z: bomb })).slice(0, -1), H)).toBeNull();
    // Within the cap it inflates.
    expect(expandBody(compressBody('{"t":[]}', 2), 2)).toBe('{"t":[]}');
  });

  it('keeps its preset dictionary frozen (codec-2 lines on disk inflate only with exactly these bytes)', () => {
    expect(PACK_DICTIONARY_2.length).toBe(1035);
    expect(checksum(PACK_DICTIONARY_2)).toBe('ca3fbf00');
  });

  it('continues a version-3 journal (codec-1 lines) with codec-2 lines, and a restart reads both exactly', () => {
    const d = mkdtempSync(join(tmpdir(), 'ld-jcodec-'));
    try {
      const opened = () => {
        const j = new SessionJournal({ dataDir: d, roomId: 'main', resume: true, now: () => 5_000, checkpointMs: 0, writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000 } });
        const room = restoreRoom(j, show) ?? new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
        j.start(room, { show, startOnAir: true });
        room.onInput = (input) => j.append(input);
        return { j, room };
      };
      const likes = (from: number, n: number): LiveEvent[] => Array.from({ length: n }, (_, i) =>
        ({ id: `l${from + i}`, platform: 'sim', roomId: 'main', ts: 1_000 + from + i, type: 'like', userId: `u${(from + i) % 7}`, count: 1 + (i % 3) }));
      const a = opened();
      a.room.ingest(likes(0, 30), 1_030);
      a.j.close();
      const path = journalPath(d, 'main');
      removeCheckpoints(path);
      // Rewrite it as a version-3 hub wrote it: header v 3, packed lines in codec 1 (no `c`).
      const [header, ...rest] = readFileSync(path, 'utf8').split('\n');
      const v3 = seal(header!.replace(/,"#":"[0-9a-f]{8}"\}$/, '}').replace('"v":4', '"v":3'));
      const old = rest.map((l) => {
        const rec = l ? decodeLine(l, H) : null;
        if (!l.includes('"k":"z"') || rec?.k !== 'e') return l;
        const kept = rec.ev.map(({ roomId: _r, platform: _p, ...e }) => e);
        return seal(`{"k":"z","at":${rec.at},"n":${rec.ev.length},"z":"${packEvents(kept, rec.at, 1)!}"}`).slice(0, -1);
      });
      expect(old.filter((l) => l.startsWith('{"k":"z"') && !l.includes('"c":'))).toHaveLength(1);
      writeFileSync(path, v3 + old.join('\n'));
      const b = opened();
      expect(b.j.report).toMatchObject({ events: 30, badLines: 0 });
      b.room.ingest(likes(30, 25), 1_060);
      b.j.close();
      removeCheckpoints(path);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain('"c":2,"z":"');
      expect(text.startsWith('{"k":"session","v":3')).toBe(true);
      const c = opened();
      expect(c.j.report).toMatchObject({ events: 55, badLines: 0 });
      expect(c.room.stats.events).toBe(55);
      c.j.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a torn or changed codec-2 line in a journal is skipped and counted, the rest read', () => {
    const d = mkdtempSync(join(tmpdir(), 'ld-jcodec-'));
    try {
      const j = new SessionJournal({ dataDir: d, roomId: 'main', resume: true, now: () => 5_000, checkpointMs: 0, writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000 } });
      const room = new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
      j.start(room, { show, startOnAir: true });
      room.onInput = (input) => j.append(input);
      const likes = (from: number): LiveEvent[] => Array.from({ length: 20 }, (_, i) =>
        ({ id: `l${from + i}`, platform: 'sim', roomId: 'main', ts: 1_000 + from + i, type: 'like', userId: `u${i % 7}`, count: 2 }));
      for (let k = 0; k < 3; k++) room.ingest(likes(k * 20), 1_100 + k * 20);
      j.close();
      const path = journalPath(d, 'main');
      removeCheckpoints(path);
      const lines = readFileSync(path, 'utf8').split('\n');
      const zs = lines.map((l, i) => (l.includes('"c":2,"z":"') ? i : -1)).filter((i) => i >= 0);
      expect(zs).toHaveLength(3);
      // One character of the middle batch changed (inside the base-93 text), the last one torn.
      const mid = lines[zs[1]!]!;
      const at = mid.indexOf('"z":"') + 12;
      lines[zs[1]!] = mid.slice(0, at) + (mid[at] === 'A' ? 'B' : 'A') + mid.slice(at + 1);
      writeFileSync(path, `${lines.slice(0, zs[2]!).join('\n')}\n${lines[zs[2]!]!.slice(0, 40)}`);
      expect(readJournal(path, () => undefined).badLines).toBe(1);
      const again = new SessionJournal({ dataDir: d, roomId: 'main', resume: true, now: () => 6_000, checkpointMs: 0 });
      const back = restoreRoom(again, show)!;
      expect(again.report).toMatchObject({ events: 20, badLines: 1 });
      expect(again.report!.tornBytes).toBeGreaterThan(0);
      expect(back.stats.events).toBe(20);
      again.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
