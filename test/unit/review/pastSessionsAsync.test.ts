import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { reportCachePath } from '../../../electron/hub/review/reportCache';
import { ReviewReport, type ReviewSession } from '../../../shared/protocol/review';
import { runRoom } from '../../../shared/sim/runRoom';
import { manualSource } from '../../support/manualSource';

const roots: string[] = [];
const hubs: Hub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const get = (hub: Hub, path: string) => fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${hub.token}`, 'x-livedeck-role': 'producer' } });
const sessionsOf = async (hub: Hub) => ((await (await get(hub, '/api/review/sessions')).json()) as { sessions: ReviewSession[] }).sessions;

/** A simulated medium room of `minutes`, as `livedeck simulate` records it (one event per line). */
function recording(dir: string, minutes: number): string {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (const batch of runRoom({ show: loadSampleShow(), preset: 'medium', seed: 5, roomId: 'big', startAt: Date.now() - 86_400_000, minutes })) {
    for (const e of batch) lines.push(JSON.stringify(e));
  }
  const file = join(dir, 'big-room.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function hubOn(dataDir: string) {
  const hub = await startHub({ source: manualSource(), staticDir: join(dataDir, '..', 'static'), dataDir, resume: false });
  hubs.push(hub);
  return hub;
}

describe('past sessions are built off the hub loop', () => {
  it('lists a big recording at once (building), answers /healthz while it builds, then serves the report and caches it next to the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ld-past-'));
    roots.push(root);
    const dataDir = join(root, 'data');
    const file = recording(join(dataDir, 'recordings'), 40);
    const hub = await hubOn(dataDir);

    // The first list does not wait for the report: the recording is there, from its first/last lines.
    const first = await sessionsOf(hub);
    const big = first.find((s) => s.kind === 'recording')!;
    expect(big.status).toBe('building');
    expect(big.gmv).toBe(0);
    expect(big.durationMs).toBeGreaterThan(35 * 60_000);
    const id = encodeURIComponent(big.id);
    const building = await get(hub, `/api/review/sessions/${id}`);
    expect(building.status).toBe(503);
    expect(((await building.json()) as { error: { code: string } }).error.code).toBe('building');

    // A request made during the build is answered before the build finishes.
    let healthAt = 0;
    const health = get(hub, '/healthz').then((r) => { healthAt = performance.now(); return r.status; });
    let readyAt = 0;
    let report: ReviewReport | null = null;
    for (let i = 0; i < 600 && !report; i++) {
      const r = await get(hub, `/api/review/sessions/${id}`);
      if (r.status === 200) { report = ReviewReport.parse(await r.json()); readyAt = performance.now(); }
      else await new Promise((res) => setTimeout(res, 20));
    }
    expect(await health).toBe(200);
    expect(report).not.toBeNull();
    expect(healthAt).toBeGreaterThan(0);
    expect(healthAt).toBeLessThan(readyAt);
    expect(report!.totals.gmv).toBeGreaterThan(0);

    // Listed with its GMV now; the report is on disk next to the file, keyed by size + mtime.
    const listed = (await sessionsOf(hub)).find((s) => s.id === big.id)!;
    expect(listed.status).toBe('ready');
    expect(listed.gmv).toBe(report!.totals.gmv);
    const cache = reportCachePath(file);
    expect(existsSync(cache)).toBe(true);
    const cachedAt = statSync(cache).mtimeMs;
    await hub.close();
    hubs.splice(0);

    // After a restart the list is ready at once from the cache (not rebuilt).
    const again = await hubOn(dataDir);
    const s2 = (await sessionsOf(again)).find((s) => s.id === big.id)!;
    expect(s2.status).toBe('ready');
    expect(s2.gmv).toBe(report!.totals.gmv);
    expect(statSync(cache).mtimeMs).toBe(cachedAt);
  }, 60_000);
});
