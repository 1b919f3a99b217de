import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/main';
import type { LiveEvent } from '../../../../shared/protocol/events';
import { RecordingReview } from '../../../../shared/protocol/recording';
import { runRoom } from '../../../../shared/sim/runRoom';
import { douyinSessionHar } from '../../../support/har/douyinSession';
import { memoryIo } from '../../../support/memoryIo';
import { SHOW, START } from '../../sim/support';

const dir = mkdtempSync(join(tmpdir(), 'livedeck-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const harFile = join(dir, 'session.har');
writeFileSync(harFile, douyinSessionHar());

async function review(...args: string[]) {
  const m = memoryIo();
  const code = await main(['review', ...args], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

describe('livedeck review FILE.har --json', () => {
  it('prints the GET /api/review report of the HAR with figures worked out by hand, and what the file held', async () => {
    const r = await review(harFile, '--json');
    expect(r.code).toBe(0);
    const report = RecordingReview.parse(JSON.parse(r.stdout));
    // Paid orders (已支付, then kept paid): O1 2 × ¥59.90 = 11,980 fen; O2 ¥129.00 = 12,900 (refunded
    // later: 成交金额 follows Compass, refunds not removed); O3 ¥59.90 = 5,990. O4 timed out unpaid.
    // GMV = 11,980 + 12,900 + 5,990 = 30,870 fen.
    expect(report.totals.gmv).toBe(30_870);
    expect(report.totals.paidOrders).toBe(3); // O1, O2, O3
    expect(report.totals.createdOrders).toBe(4); // O1..O4: status changes update one order each, never add one
    expect(report.totals.unpaidOrders).toBe(1); // O4: created, closed unpaid (超时未支付 → order.cancelled)
    expect(report.totals.refundAmount).toBe(12_900); // O2: 退款中 then 已退款 = one refund of its 12,900
    // Comments: polls at 5 s {c1,c2,c3}, 65 s {c2,c3,c4,c5}, 125 s {c5,c6}, 305 s {c6,c7,c8};
    // the 185 s poll failed (HTTP 500) and the 245 s one was cut → unique c1..c8 = 8.
    expect(report.totals.comments).toBe(8);
    // Viewer figures as the platform states them: the last core_data poll (310 s) says 140 online, 2,300 watched.
    expect(report.totals.online).toBe(140);
    expect(report.totals.totalViewers).toBe(2_300);
    expect(report.source).toEqual({
      // 2 page/script + 6 comment polls + 4 core_data + 6 order polls (one an API error) + 2 cart + 4 decoys + 1 blocked beacon
      entries: 25,
      // comments 3 + 4 + 2 + 3 = 12 items; core_data 4; orders 2 + 4 + 2 + 1 + 1 = 10 transitions
      // (created×4, paid×3, O4 cancelled, O2 refund requested, refunded); cart 2 product states + 讲解 start,
      // then 2 states + stop + start = 7. 12 + 4 + 10 + 7 = 33.
      events: 33,
      duplicates: 4, // c2, c3 (65 s), c5 (125 s), c6 (305 s)
      unparsed: 3, // the HTTP 500, the truncated body, the API error envelope (st ≠ 0)
      ignored: 7, // page, script, image, monitor beacon, 2 decoy APIs with comment/order look-alike fields, blocked beacon
    });
    // Per product: the 讲解 switch (P1 then P2) and the refund sit with the right product.
    const p1 = report.products.find((p) => p.productId === 'dy:3601001')!;
    const p2 = report.products.find((p) => p.productId === 'dy:3601002')!;
    expect([p1.gmv, p1.explainCount, p1.refundAmount]).toEqual([17_970, 1, 0]); // 11,980 + 5,990
    expect([p2.gmv, p2.explainCount, p2.refundAmount]).toEqual([12_900, 1, 12_900]);
    expect(report.title).toBe('session.har');
  });

  it('reads a Firefox HAR of the same session to the same figures', async () => {
    const ff = join(dir, 'firefox.har');
    writeFileSync(ff, douyinSessionHar({ browser: 'firefox' }));
    const chrome = RecordingReview.parse(JSON.parse((await review(harFile, '--json')).stdout));
    const firefox = RecordingReview.parse(JSON.parse((await review(ff, '--json')).stdout));
    expect(firefox.totals).toEqual(chrome.totals);
    expect(firefox.source).toEqual(chrome.source);
  });

  it('prints a readable summary without --json and writes HTML and CSV reports', async () => {
    const html = join(dir, 'report.html');
    const csv = join(dir, 'report.csv');
    const r = await review(harFile, '--out', html);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('¥308.7');
    expect(r.stdout).toContain('source: 25 entries, 33 events (4 duplicates), 3 unparsed, 7 ignored');
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('dy:3601002');
    expect(page).not.toMatch(/<script|src=|href=/);
    expect(page).toContain('25 条记录，33 个事件（重复 4），未解析 3，无关 7');
    expect((await review(harFile, '--out', csv)).code).toBe(0);
    const rows = readFileSync(csv, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^商品,角色/);
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['dy:3601001', 'dy:3601002']);
  });
});

describe('livedeck review FILE.jsonl', () => {
  it('reviews a LiveDeck recording through the same room, counting bad lines as unparsed', async () => {
    const events: LiveEvent[] = [];
    for (const batch of runRoom({ show: SHOW, preset: 'small', seed: 4, roomId: 'rec', startAt: START, minutes: 3 })) events.push(...batch);
    const lines = events.map((e) => JSON.stringify(e));
    lines.splice(5, 0, '{not json', '');
    lines.push(lines[10]!); // a repeated event: dropped by the room as a duplicate
    const file = join(dir, 'rec.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = await review(file, '--json');
    expect(r.code).toBe(0);
    const report = RecordingReview.parse(JSON.parse(r.stdout));
    expect(report.source).toEqual({ entries: events.length + 2, events: events.length + 1, duplicates: 1, unparsed: 1, ignored: 0 });
    expect(report.totals.comments).toBe(events.filter((e) => e.type === 'comment').length);
    expect(report.totals.paidOrders).toBe(new Set(events.filter((e) => e.type === 'order.paid').map((e) => e.type === 'order.paid' && e.orderId)).size);
    expect(report.startedAt).toBe(events[0]!.ts);
  });
});

describe('files that are not recordings', () => {
  it.each([
    ['notes.txt', 'just some notes\nand more', 'neither a HAR nor a LiveDeck recording'],
    ['cut.har', douyinSessionHar().slice(0, 5000), 'not valid JSON'],
    ['empty.har', '', 'nothing in it'],
    ['other.json', '{"log": {"version": "1.2", "pages": []}}', 'not a HAR'],
  ])('%s: a clear error and exit code 1', async (name, text, message) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = await review(file, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('refuses a missing file and an unknown --out kind as usage errors', async () => {
    expect((await review(join(dir, 'nope.har'))).code).toBe(2);
    const r = await review(harFile, '--out', join(dir, 'x.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out must end in .html, .csv or .pdf');
  });
});
