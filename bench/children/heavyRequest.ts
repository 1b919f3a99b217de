/**
 * One big HTTP request in its own process (bench/scenarios/heavyFiles.ts), so sending a 10 MB body
 * and reading a 15 MB reply never holds the loop of the process that polls the hub's /healthz and
 * watches its deltas. Config as JSON in BENCH_HEAVY_REQUEST; → ready; ← go; → done.
 */
import { readFileSync } from 'node:fs';
import { childGuard } from '../lib/children';

export interface HeavyRequestConfig { url: string; file: string; headers: Record<string, string> }
export interface HeavyRequestDone { type: 'done'; status: number; code: string; bytes: number }

childGuard();
const cfg = JSON.parse(process.env.BENCH_HEAVY_REQUEST ?? '{}') as HeavyRequestConfig;
const body = new Uint8Array(readFileSync(cfg.file));
process.on('message', (m: { cmd?: string }) => {
  if (m?.cmd === 'stop') process.exit(0);
  if (m?.cmd !== 'go') return;
  void (async () => {
    const r = await fetch(cfg.url, { method: 'POST', body, headers: cfg.headers });
    const buf = Buffer.from(await r.arrayBuffer());
    const code = r.ok ? '' : (JSON.parse(buf.toString()) as { error?: { code?: string } }).error?.code ?? '';
    process.send!({ type: 'done', status: r.status, code, bytes: buf.length } satisfies HeavyRequestDone);
  })();
});
process.send!({ type: 'ready' });
