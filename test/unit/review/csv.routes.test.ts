import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../../electron/hub/hub';
import type { LiveEvent } from '../../../shared/protocol/events';
import { alignSeries } from '../../../shared/domain/review/compare';
import { ReviewReport, type ReviewSession } from '../../../shared/protocol/review';
import { manualSource } from '../../support/manualSource';

const roots: string[] = [];
const hubs: Hub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const paid = (n: number, productId: string, amount: number, ts: number, roomId = 'main'): LiveEvent[] => [
  { id: `c${n}-${ts}`, platform: 'sim', roomId, ts, type: 'order.created', userId: `b${n}`, orderId: `o${n}-${ts}`, productId, quantity: 1, amount },
  { id: `p${n}-${ts}`, platform: 'sim', roomId, ts, type: 'order.paid', userId: `b${n}`, orderId: `o${n}-${ts}`, productId, quantity: 1, amount },
];
const get = (hub: Hub, path: string, role = 'producer') => fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${hub.token}`, 'x-livedeck-role': role } });

async function ready(hub: Hub): Promise<ReviewSession[]> {
  for (let i = 0; i < 200; i++) {
    const { sessions } = (await (await get(hub, '/api/review/sessions')).json()) as { sessions: ReviewSession[] };
    if (sessions.every((s) => s.status !== 'building')) return sessions;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('never ready');
}

/** CSV text → rows of cells (quotes undone, as a spreadsheet reads them). */
function rowsOf(text: string): string[][] {
  return text.trimEnd().split('\r\n').map((line) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') { cells.push(cur); cur = ''; } else cur += ch;
    }
    cells.push(cur);
    return cells;
  });
}

/** The body's bytes start with the UTF-8 BOM (fetch's text() would hide it); the text after it. */
async function csvBody(res: Response): Promise<{ bom: boolean; text: string }> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { bom, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\ufeff/, '') };
}

describe('CSV of a past session and of a comparison', () => {
  async function setUp() {
    const root = mkdtempSync(join(tmpdir(), 'ld-csv-'));
    roots.push(root);
    const dataDir = join(root, 'data');
    const hub = await startHub({ source: manualSource(), staticDir: join(root, 'static'), dataDir, resume: false });
    hubs.push(hub);
    const pid = hub.room.show.slots[0]!.productId;
    // A recording of another room, 40 minutes long: ¥99 × 2 on the show's first product, ¥12.34 on a
    // product whose id (so its name in the report) a spreadsheet would run as a formula.
    const t0 = Date.parse('2026-11-01T12:00:00Z');
    const events = [...paid(1, pid, 9900, t0, 'other'), ...paid(2, pid, 9900, t0 + 39 * 60_000, 'other'), ...paid(3, '=HYPERLINK("http://x")', 1234, t0 + 60_000, 'other')];
    mkdirSync(join(dataDir, 'recordings'), { recursive: true });
    writeFileSync(join(dataDir, 'recordings', 'other.jsonl'), `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
    return { hub, pid, dataDir };
  }

  it('GET /api/review/sessions/:id/csv: BOM, the per-product table with its values, formulas neutralised', async () => {
    const { hub } = await setUp();
    const rec = (await ready(hub)).find((s) => s.kind === 'recording')!;
    const res = await get(hub, `/api/review/sessions/${encodeURIComponent(rec.id)}/csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const { bom, text } = await csvBody(res);
    expect(bom).toBe(true);
    const rows = rowsOf(text);
    expect(rows[0]!.slice(0, 6)).toEqual(['商品', '角色', '计划分钟', '实际分钟', '成交金额(元,含退款)', '成交人数']);
    const byGmv = rows.slice(1).map((r) => r[4]);
    expect(byGmv).toContain('198.00');
    expect(byGmv).toContain('12.34');
    // The formula-like name is written as text: a leading apostrophe (quoted, as it holds a quote).
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(rows.some((r) => r.some((c) => c.startsWith('=')))).toBe(false);
    expect(rows.find((r) => r[4] === '12.34')![0]).toBe(`'=HYPERLINK("http://x")`);
    // 'current' works too; unknown ids are 404; the host may not download.
    expect((await get(hub, '/api/review/sessions/current/csv')).status).toBe(200);
    expect((await get(hub, '/api/review/sessions/r-nothing.jsonl/csv')).status).toBe(404);
    expect((await get(hub, `/api/review/sessions/${encodeURIComponent(rec.id)}/csv`, 'host')).status).toBe(403);
  });

  it('GET /api/review/compare/:a/:b/csv: sessions, totals with B−A, aligned minutes, matched and unmatched products', async () => {
    const { hub, pid } = await setUp();
    const rec = (await ready(hub)).find((s) => s.kind === 'recording')!;
    const live = Date.now();
    (hub as unknown as { room: { ingest(e: LiveEvent[], now: number): void } }).room.ingest(paid(9, pid, 5000, live), live);
    const res = await get(hub, `/api/review/compare/${encodeURIComponent(rec.id)}/current/csv`);
    expect(res.status).toBe(200);
    const { bom, text } = await csvBody(res);
    expect(bom).toBe(true);
    const rows = rowsOf(text);
    expect(rows[0]).toEqual(['场次', '名称', '开播', '时长(分钟)']);
    expect(rows[1]![0]).toBe('A');
    expect(rows[1]![2]).toMatch(/^2026-11-0[12] \d\d:00$/);
    expect(rows[2]![0]).toBe('B');
    const total = (label: string) => rows.find((r) => r[0] === label);
    // A ¥210.34 (198 + 12.34), B ¥50: difference −160.34, change −76.2 % (number cells: no formula-guard apostrophe).
    expect(total('成交金额(元)')).toEqual(['成交金额(元)', '210.34', '50.00', '-160.34', '-76.2']);
    expect(total('成交人数')).toEqual(['成交人数', '3', '1', '-2', '-66.7']);
    // Per-minute curves aligned by minutes since start: A's minutes as its report has them, every minute a row.
    const head = rows.findIndex((r) => r[0] === '开播后分钟');
    expect(rows[head]).toEqual(['开播后分钟', 'A 在线', 'B 在线', 'A 成交金额(元)', 'B 成交金额(元)', 'A 订单', 'B 订单', 'A 评论', 'B 评论']);
    const reportA = ReviewReport.parse(await (await get(hub, `/api/review/sessions/${encodeURIComponent(rec.id)}`)).json());
    const aligned = alignSeries(reportA);
    expect(aligned.length).toBeGreaterThan(0);
    for (const p of aligned) {
      const row = rows[head + 1 + p.minute]!;
      expect(row[0]).toBe(String(p.minute));
      expect(row[1]).toBe(String(p.online));
      expect(row[3]).toBe((p.gmv / 100).toFixed(2));
    }
    const minutesA = rows.slice(head + 1, rows.findIndex((r, i) => i > head && r.length === 1 && r[0] === '')).filter((r) => r[3] !== '');
    expect(minutesA.reduce((sum, r) => sum + Number(r[3]), 0)).toBeCloseTo(210.34, 2);
    // The product both sessions sold: A ¥198, B ¥50; the formula-named one only in A, as text.
    const prodHead = rows.findIndex((r) => r[0] === '商品' && r[1] === 'A 成交金额(元)');
    const matched = rows[prodHead + 1]!;
    expect(matched.slice(1, 7)).toEqual(['198.00', '50.00', '-148', '-74.7', '2', '1']);
    const onlyA = rows.findIndex((r) => r[0] === '仅 A 场');
    expect(rows[onlyA + 1]![0]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[onlyA + 1]![1]).toBe('12.34');
    expect((await get(hub, `/api/review/compare/${encodeURIComponent(rec.id)}/r-nothing.jsonl/csv`)).status).toBe(404);
  });
});
