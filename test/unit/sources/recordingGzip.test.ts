import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { replayRecordingRisk } from '../../../electron/hub/calibration';
import { RISK_WEIGHTS } from '../../../shared/domain/refundRisk/weights';
import { gunzipChunks, isRecordingName, openRecording, RecordingTooLarge, recordingStem } from '../../../electron/hub/recordings/recordingFile';
import { recordingRoutes } from '../../../electron/hub/recordings/recordings.routes';
import type { ApiRequest } from '../../../electron/hub/http/route';
import { reviewRecording } from '../../../electron/hub/recordings/reviewRecording';
import { recordingMeta } from '../../../electron/hub/review/sessionMeta';
import { PastSessions } from '../../../electron/hub/review/pastSessions';
import { reviewRecordingFile } from '../../../electron/hub/review/offlineReview';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { Room } from '../../../electron/hub/room/room';
import { defaultRecordingFile, recordRoom } from '../../../electron/hub/sources/recorder';
import { createReplaySource } from '../../../electron/hub/sources/replaySource';
import { sourceIdOf } from '../../../electron/hub/sources/sourceSpec';
import type { LiveEvent } from '../../../shared/protocol/events';

const dir = mkdtempSync(join(tmpdir(), 'livedeck-recgz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const show = loadSampleShow();
const productId = show.products[0]!.id;
const T0 = 1_700_000_000_000;

function events(n: number, from = 0): LiveEvent[] {
  const out: LiveEvent[] = [];
  for (let i = from; i < from + n; i++) {
    const b = { id: `e${i}`, platform: 'douyin' as const, roomId: 'main', ts: T0 + i * 100 };
    out.push(i % 3 === 0
      ? { ...b, type: 'order.paid', userId: `u${i}`, orderId: `o${i}`, productId, quantity: 1, amount: 9900 }
      : { ...b, type: 'comment', userId: `u${i}`, nickname: `观众${i}`, text: `多少钱 ${i}` });
  }
  return out;
}

async function readLines(file: string): Promise<string[]> {
  let text = '';
  for await (const chunk of openRecording(file, { encoding: 'utf8' })) text += chunk as string;
  return text.split('\n').filter((l) => l.trim());
}

/** Records `n` events through a real room into `file`, closed. */
async function record(file: string, n: number, opts = {}) {
  const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
  const rec = recordRoom(room, file, opts);
  const all = events(n);
  for (let i = 0; i < all.length; i += 50) room.ingest(all.slice(i, i + 50), all[Math.min(i + 49, all.length - 1)]!.ts);
  await rec.close();
  return { rec, all };
}

describe('gzip recordings', () => {
  it('names: the default recording is .jsonl.gz; listings, ids and stems accept both endings', () => {
    expect(defaultRecordingFile('/d', 'main', T0)).toMatch(/recordings\/main-.*\.jsonl\.gz$/);
    expect(isRecordingName('a.jsonl')).toBe(true);
    expect(isRecordingName('a.jsonl.gz')).toBe(true);
    expect(isRecordingName('a.json')).toBe(false);
    expect(isRecordingName('.a.jsonl.gz')).toBe(false);
    expect(recordingStem('main-x.jsonl.gz')).toBe('main-x');
    expect(sourceIdOf({ kind: 'replay', file: 'main-x.jsonl.gz' })).toBe('replay-main-x');
    expect(sourceIdOf({ kind: 'replay', file: 'main-x.jsonl' })).toBe('replay-main-x');
  });

  it('a recorded session round-trips through the .gz reader, and is smaller than its text', async () => {
    const file = join(dir, 'round.jsonl.gz');
    const { rec, all } = await record(file, 3000);
    expect(rec.count).toBe(3000);
    expect(rec.dropped).toBe(0);
    const lines = await readLines(file);
    expect(lines.map((l) => (JSON.parse(l) as LiveEvent).id)).toEqual(all.map((e) => e.id));
    const text = gunzipSync(readFileSync(file)).length;
    expect(statSync(file).size).toBeLessThan(text / 4);
    const meta = await recordingMeta(file);
    expect(meta).toEqual({ title: '', startedAt: T0, lastAt: T0 }); // the span comes with the report
  });

  it('a .gz cut short (a crash) reads up to its last flush without throwing', async () => {
    const file = join(dir, 'flushed.jsonl.gz');
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    const rec = recordRoom(room, file, { flushMs: 20 });
    const first = events(500);
    room.ingest(first, first[499]!.ts);
    await new Promise((r) => setTimeout(r, 300)); // a flush happened
    const flushed = readFileSync(file);
    await rec.close();
    expect(flushed.length).toBeGreaterThan(20);
    // The file as a crash would leave it: everything up to the flush, plus half of a later block.
    const torn = join(dir, 'torn.jsonl.gz');
    const full = readFileSync(file);
    writeFileSync(torn, Buffer.concat([flushed, full.subarray(flushed.length, flushed.length + 7)]));
    const lines = await readLines(torn);
    expect(lines.map((l) => (JSON.parse(l) as LiveEvent).id)).toEqual(first.map((e) => e.id));
    // Cut in the middle of the compressed data: some whole lines, at most one torn line, no error.
    const mid = join(dir, 'mid.jsonl.gz');
    writeFileSync(mid, flushed.subarray(0, Math.floor(flushed.length / 2)));
    const some = await readLines(mid);
    expect(some.length).toBeGreaterThan(10);
    expect(some.length).toBeLessThan(500);
    expect(some.slice(0, -1).every((l) => JSON.parse(l) !== null)).toBe(true);
    const meta = await recordingMeta(mid);
    expect(meta?.startedAt).toBe(T0);
  });

  it('replay plays a .jsonl.gz like a .jsonl', async () => {
    const file = join(dir, 'replay.jsonl.gz');
    const { all } = await record(file, 400);
    const source = createReplaySource({ file, speed: 1e6, tickMs: 5 });
    const got: LiveEvent[] = [];
    source.start((evs) => { got.push(...evs); }, () => null as never, undefined);
    const stats = await source.done;
    expect(stats.bad).toBe(0);
    expect(got.map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it('review of a .jsonl.gz equals review of the same .jsonl', async () => {
    const gz = join(dir, 'review.jsonl.gz');
    await record(gz, 600);
    const plain = join(dir, 'review.jsonl');
    writeFileSync(plain, gunzipSync(readFileSync(gz)));
    const a = await reviewRecordingFile(gz, show);
    const b = await reviewRecordingFile(plain, show);
    expect(a.totals.gmv).toBe(200 * 9900);
    expect(a).toEqual(b);
    const out = await reviewRecording(openRecording(gz), { show });
    expect(out.ok && out.review.source.events).toBe(600);
    const riskGz = await replayRecordingRisk(gz, { show, weights: RISK_WEIGHTS });
    const riskPlain = await replayRecordingRisk(plain, { show, weights: RISK_WEIGHTS });
    expect(riskGz.events).toBe(600);
    expect({ ...riskGz, file: '' }).toEqual({ ...riskPlain, file: '' });
  });

  it('bounds its memory: past the limit events are dropped from the recording, counted, and said once', async () => {
    const file = join(dir, 'bounded.jsonl.gz');
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
      const rec = recordRoom(room, file, { maxBufferedBytes: 1 });
      const all = events(300);
      // Synchronously, in one tick: nothing can drain, so after the first batch everything is over the bound.
      for (let i = 0; i < 300; i += 100) room.ingest(all.slice(i, i + 100), all[i + 99]!.ts);
      expect(rec.count).toBe(100);
      expect(rec.dropped).toBe(200);
      expect(room.stats.events).toBe(300);
      await rec.close();
      expect(err.mock.calls.filter((c) => String(c[0]).includes('not keeping up'))).toHaveLength(1);
      expect((await readLines(file)).length).toBe(100);
    } finally {
      err.mockRestore();
    }
  });

  it('the app\'s 打开录制 upload reads a .jsonl.gz (by its bytes), and caps what a gzip may unpack to', async () => {
    const gz = join(dir, 'upload.jsonl.gz');
    await record(gz, 300);
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    const res = await recordingRoutes(room).reviewOpen({ body: readFileSync(gz), headers: { 'x-filename': 'upload.jsonl.gz' } } as unknown as ApiRequest);
    expect(res.status).toBe(200);
    const review = (res as { json: { source: { events: number }; totals: { gmv: number } } }).json;
    expect(review.source.events).toBe(300);
    expect(review.totals.gmv).toBe(100 * 9900);
    expect(room.stats.events).toBe(0);
    const bomb = gzipSync(Buffer.alloc(1 << 20, 0x20));
    await expect((async () => { for await (const _ of gunzipChunks(bomb, 64 * 1024)) { /* read */ } })()).rejects.toBeInstanceOf(RecordingTooLarge);
  });

  it('past sessions list a .jsonl.gz recording and build its report', async () => {
    const dataDir = join(dir, 'past');
    mkdirSync(join(dataDir, 'recordings'), { recursive: true });
    await record(join(dataDir, 'recordings', 'main-old.jsonl.gz'), 300);
    const past = new PastSessions({ dataDir, currentFiles: () => [], recordingShow: () => show });
    const listed = await past.list(null);
    expect(listed.map((s) => s.id)).toContain('r-main-old.jsonl.gz');
    let report = await past.report('r-main-old.jsonl.gz');
    for (let i = 0; i < 200 && report.state === 'building'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      report = await past.report('r-main-old.jsonl.gz');
    }
    expect(report.state).toBe('ready');
    expect(report.state === 'ready' && report.report.totals.gmv).toBe(100 * 9900);
    const again = (await past.list(null)).find((s) => s.id === 'r-main-old.jsonl.gz');
    expect(again).toMatchObject({ status: 'ready', startedAt: T0, gmv: 100 * 9900 });
    expect(again!.durationMs).toBeGreaterThanOrEqual(299 * 100 - 1000);
  });
});
