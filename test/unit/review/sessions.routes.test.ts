import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../../electron/hub/hub';
import type { LiveEvent } from '../../../shared/protocol/events';
import { ReviewReport, ReviewSession } from '../../../shared/protocol/review';
import { manualSource } from '../../support/manualSource';

const roots: string[] = [];
const hubs: Hub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

async function hubOn(dataDir: string, resume: boolean) {
  const source = manualSource();
  const hub = await startHub({ source, staticDir: join(dataDir, '..', 'static'), dataDir, resume });
  hubs.push(hub);
  return { hub, source };
}

const paid = (n: number, productId: string, amount: number, ts: number): LiveEvent[] => [
  { id: `c${n}-${ts}`, platform: 'sim', roomId: 'main', ts, type: 'order.created', userId: `b${n}`, orderId: `o${n}-${ts}`, productId, quantity: 1, amount },
  { id: `p${n}-${ts}`, platform: 'sim', roomId: 'main', ts, type: 'order.paid', userId: `b${n}`, orderId: `o${n}-${ts}`, productId, quantity: 1, amount },
];

const get = (hub: Hub, path: string, role = 'producer') => fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${hub.token}`, 'x-livedeck-role': role } });

/** The list, asked again until no report is still being built (the first answer never waits for one). */
async function listReady(hub: Hub): Promise<ReviewSession[]> {
  for (let i = 0; i < 200; i++) {
    const { sessions } = (await (await get(hub, '/api/review/sessions')).json()) as { sessions: ReviewSession[] };
    if (sessions.every((s) => s.status !== 'building')) return sessions;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('reports never finished building');
}

describe('GET /api/review/sessions (past sessions of the 复盘)', () => {
  it('lists the current session, an earlier journaled run (once, not again as its recording) and a lone recording, with GMV', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ld-sessions-'));
    roots.push(root);
    const dataDir = join(root, 'data');
    // Yesterday's show: ¥99 × 3 on the first product, journaled and recorded.
    const first = await hubOn(dataDir, false);
    const pid = first.hub.room.show.slots[0]!.productId;
    first.source.push([...paid(1, pid, 9900, Date.now()), ...paid(2, pid, 9900, Date.now()), ...paid(3, pid, 9900, Date.now())]);
    await first.hub.close();
    hubs.splice(0);
    // A recording from elsewhere (no journal): one order of ¥12.34, an hour earlier.
    const lone = Date.now() - 3_600_000;
    mkdirSync(join(dataDir, 'recordings'), { recursive: true });
    writeFileSync(join(dataDir, 'recordings', 'other-room.jsonl'), `${paid(9, pid, 1234, lone).map((e) => JSON.stringify({ ...e, roomId: 'other' })).join('\n')}\n`);

    // Today: a new session (the old journal is moved aside), ¥50 so far.
    const today = await hubOn(dataDir, false);
    today.source.push(paid(4, pid, 5000, Date.now()));
    // The old journal is closed for good: gzipped in the background (journal/closedSegments.ts), read from the .gz.
    expect(await today.hub.journal?.closedSegments).toHaveLength(1);
    const res = await get(today.hub, '/api/review/sessions');
    expect(res.status).toBe(200);
    const sessions = await listReady(today.hub);
    for (const s of sessions) ReviewSession.parse(s);
    expect(sessions.map((s) => [s.kind, s.gmv])).toEqual([['current', 5000], ['journal', 29_700], ['recording', 1234]]);
    const journal = sessions[1]!;
    expect(journal.id).toMatch(/\.journal\.jsonl\.gz$/);
    expect(journal.name).toBe(today.hub.room.show.title);
    expect(journal.durationMs).toBeGreaterThanOrEqual(0);

    // Each listed session opens as a full report.
    const rep = ReviewReport.parse(await (await get(today.hub, `/api/review/sessions/${encodeURIComponent(journal.id)}`)).json());
    expect(rep.totals.gmv).toBe(29_700);
    expect(rep.products.find((p) => p.productId === pid)?.buyers).toBe(3);
    const cur = ReviewReport.parse(await (await get(today.hub, '/api/review/sessions/current')).json());
    expect(cur.totals.gmv).toBe(5000);
    const rec = ReviewReport.parse(await (await get(today.hub, `/api/review/sessions/${encodeURIComponent(sessions[2]!.id)}`)).json());
    expect(rec.totals.gmv).toBe(1234);
    expect(rec.startedAt).toBe(lone);

    // Unknown ids (and anything that is not a listed file name) are 404; the host may not list.
    expect((await get(today.hub, '/api/review/sessions/j-nothing.journal.jsonl')).status).toBe(404);
    expect((await get(today.hub, `/api/review/sessions/${encodeURIComponent('j-../../etc/passwd')}`)).status).toBe(404);
    expect((await get(today.hub, '/api/review/sessions', 'host')).status).toBe(403);
  });
});
