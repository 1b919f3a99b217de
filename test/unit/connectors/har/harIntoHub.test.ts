import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReplayArgs } from '../../../../electron/cli/commands/replay';
import { createReplaySource } from '../../../../electron/hub/sources/replaySource';
import type { LiveEvent } from '../../../../shared/protocol/events';
import { RecordingReview } from '../../../../shared/protocol/recording';
import { douyinSessionHar } from '../../../support/har/douyinSession';
import { testHub } from '../../../support/testHub';

const dir = mkdtempSync(join(tmpdir(), 'livedeck-har-hub-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const harFile = join(dir, 'session.har');
writeFileSync(harFile, douyinSessionHar());

describe('livedeck replay FILE.har', () => {
  it('plays the HAR\'s mapped events in the order they were received, re-timed, into a room', async () => {
    expect((await parseReplayArgs([harFile, '--speed', '600'])).file).toBe(harFile);
    const warnings: string[] = [];
    const source = createReplaySource({ file: harFile, speed: 600, tickMs: 10, warn: (m) => warnings.push(m) });
    const t = await testHub({ source, record: false });
    try {
      const stats = await source.done;
      // 33 events read, 4 of them comments seen in an earlier poll: 29 played.
      expect(stats).toMatchObject({ lines: 25, emitted: 29, bad: 3, done: true });
      expect(warnings).toEqual(['HAR: 25 entries, 33 events (4 duplicates), 3 unparsed, 7 ignored', '3 HAR entries gave no data of 25']);
      const room = t.hub.room;
      expect(room.stats.events).toBe(29);
      const totals = room.review(Date.now()).totals;
      expect([totals.gmv, totals.paidOrders, totals.refundAmount, totals.comments, totals.online, totals.totalViewers]).toEqual([30_870, 3, 12_900, 8, 140, 2_300]);
      // The console's comment list has them, masked names as the platform showed them.
      const comments = room.snapshot(Date.now()).comments;
      expect(comments.map((c) => c.nickname)).toContain('小***红');
    } finally {
      await t.dispose();
    }
  });

  it('keeps the spacing of the responses ÷ speed', async () => {
    const got: LiveEvent[] = [];
    const source = createReplaySource({ file: harFile, speed: 100, tickMs: 5 });
    source.start((events) => got.push(...events), () => { throw new Error('unused'); });
    await source.done;
    // First event: the comment poll received at 5 s + 120 ms; last: the order poll received at 320 s + 120 ms.
    expect(got.at(-1)!.ts - got[0]!.ts).toBe(Math.round((320_120 - 5_120) / 100));
  });
});

describe('POST /api/review/open', () => {
  const post = (url: string, token: string, body: string, name: string) => fetch(`${url}/api/review/open`, {
    method: 'POST', body, headers: { authorization: `Bearer ${token}`, 'x-livedeck-role': 'producer', 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(name) },
  });

  it('answers the review of an uploaded HAR without touching the live room, and refuses files that are not recordings', async () => {
    const t = await testHub({ record: false });
    try {
      const before = t.hub.room.stats.events;
      const res = await post(t.hub.url, t.hub.token, douyinSessionHar(), '直播.har');
      expect(res.status).toBe(200);
      const review = RecordingReview.parse(await res.json());
      expect(review.source).toEqual({ entries: 25, events: 33, duplicates: 4, unparsed: 3, ignored: 7 });
      expect(review.totals.gmv).toBe(30_870);
      expect(t.hub.room.stats.events).toBe(before);

      const bad = await post(t.hub.url, t.hub.token, 'PK\u0003\u0004 not a recording', 'x.zip');
      expect(bad.status).toBe(422);
      expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'not_recording' } });
      const cut = await post(t.hub.url, t.hub.token, douyinSessionHar().slice(0, 3000), 'cut.har');
      expect(await cut.json()).toMatchObject({ ok: false, error: { code: 'not_json' } });
      const host = await fetch(`${t.hub.url}/api/review/open`, { method: 'POST', body: 'x', headers: { authorization: `Bearer ${t.hub.token}`, 'x-livedeck-role': 'host' } });
      expect(host.status).toBe(403);
    } finally {
      await t.dispose();
    }
  });
});
