/**
 * Heavy files off the live loop (issue 15 item 4): a real `livedeck serve` child (the built CLI,
 * so the bundled dist/node/hubWorker.js runs) imports a big CSV, imports an XLSX whose ZIP lies
 * about its sizes (~400 MB of real XML), and exports a 20,000-row XLSX, while this process polls
 * /healthz every 20 ms, watches one console client's deltas and samples the child's RSS.
 * Baseline: the same job run inline on an event loop (this process), measured as that loop's
 * delay — what the hub's loop suffered when the job ran on it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { deflateRawSync } from 'node:zlib';
import { importCatalog } from '../../electron/hub/import/importCatalog';
import { exportXlsxJob } from '../../electron/hub/documents/exportXlsx';
import { EXPORT_JOB_LIMITS, IMPORT_JOB_LIMITS } from '../../electron/hub/workers/limits';
import type { HealthzPollDone } from '../children/healthzPoller';
import type { HeavyRequestConfig, HeavyRequestDone } from '../children/heavyRequest';
import { BENCH_ROOT, benchTmpDir, nextMessage, spawnTs, stopChild, track } from '../lib/children';
import { joinClients } from '../lib/fanoutClients';
import { percentile, round } from '../lib/stats';
import { row, type Row } from '../lib/table';
import type { ScenarioContext } from './types';

/** Documented RSS cap of the hub while a job runs (electron/hub/workers/limits.ts). */
const RSS_CAP_MIB = 1600;
const TARGET_MS = 100;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address() as { port: number }; srv.close(() => resolve(port)); });
  });
}

function makeCsv(bytes: number): Buffer {
  const lines = ['商品ID,商品名称,售价,划线价,库存,类目,品牌'];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const l = `P${String(i).padStart(7, '0')},测试商品 ${i} 号 秋冬新款加厚保暖外套 女装,${(i % 900) + 9.9},${(i % 900) + 59},${i % 500},女装/外套,品牌${i % 50}`;
    lines.push(l);
    size += Buffer.byteLength(l) + 1;
  }
  return Buffer.from(lines.join('\n'));
}

/** An XLSX-looking ZIP whose one sheet REALLY inflates to `inflated` bytes while its directory claims 2 KB. */
function lyingXlsx(inflated: number): Buffer {
  const rowXml = '<row><c t="inlineStr"><is><t>商品</t></is></c><c><v>1</v></c></row>';
  const content = Buffer.from(`<worksheet><sheetData>${rowXml.repeat(Math.ceil(inflated / Buffer.byteLength(rowXml)))}</sheetData></worksheet>`);
  const data = deflateRawSync(content, { level: 1 });
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(2048, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(2048, 24); central.writeUInt16LE(name.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(1, 8); eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + name.length, 12); eocd.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, eocd]);
}

function exportRows(n: number, cols: number): (string | number)[][] {
  const rows: (string | number)[][] = [Array.from({ length: cols }, (_, c) => `列${c}`)];
  for (let r = 1; r < n; r++) rows.push(Array.from({ length: cols }, (_, c) => (r + c) % 10));
  return rows;
}

interface Hub {
  port: number; producer: string; assistant: string; pid: number; spawnedAt: number;
  /** Every time the hub's own main loop ran ≥ 20 ms late (bench/children/loopProbe.mjs): epoch ms, ms late. */
  stalls: { at: number; ms: number }[];
  stop(): Promise<void>;
}

async function startHub(): Promise<Hub> {
  const port = await freePort();
  const dataDir = benchTmpDir('heavy-');
  // BENCH_PROF=<dir>: the hub writes CPU profiles there, one per thread (bench/profileStalls.ts lists its stalls).
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
  const spawnedAt = performance.now();
  const probe = pathToFileURL(join(BENCH_ROOT, 'bench/children/loopProbe.mjs')).href;
  const child = track(spawn(process.execPath, [...prof, '--import', probe, join(BENCH_ROOT, 'bin/livedeck.js'), 'serve', '--port', String(port), '--seed', '1', '--preset', 'top', '--data-dir', dataDir], {
    cwd: BENCH_ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  }));
  let out = '';
  const stalls: Hub['stalls'] = [];
  let partial = '';
  child.stderr!.on('data', (b: Buffer) => {
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop()!;
    for (const l of lines) {
      const m = /^\[loop\] (\d+) ([\d.]+)$/.exec(l);
      if (m) stalls.push({ at: Number(m[1]), ms: Number(m[2]) });
    }
  });
  const ready = new Promise<{ producer: string; assistant: string }>((resolve, reject) => {
    const look = (b: Buffer) => {
      out += b.toString();
      const a = /LiveDeck ready: \S*token=([^&\s]+)/.exec(out);
      const p = /rundown \(producer\): \S*token=([^&\s]+)/.exec(out);
      if (a && p) resolve({ assistant: a[1]!, producer: p[1]! });
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => reject(new Error(`livedeck serve exited (${code}) before it was ready`)));
  });
  const tokens = await ready;
  return {
    port, pid: child.pid!, spawnedAt, stalls, ...tokens,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch { return Number.NaN; }
}

interface Watch {
  healthz: number[]; deltaGaps: number[]; rssPeak: number;
  /** The hub's own loop while the job ran: its longest stall and how many ≥ 100 ms (0 when none ≥ 20 ms). */
  loopMax: number; loopOver: number;
}

/** Polls /healthz every 20 ms from its own process (latency of each), records delta gaps and the hub's RSS peak until `job` ends. */
async function watch(hub: Hub, deltaAt: Map<number, number>, job: () => Promise<unknown>): Promise<Watch & { result: unknown }> {
  let rssPeak = rssMiB(hub.pid);
  const seqBefore = new Set(deltaAt.keys());
  const poller = spawnTs('children/healthzPoller.ts', { BENCH_HEALTHZ_URL: `http://127.0.0.1:${hub.port}/healthz` });
  await nextMessage(poller, 'ready', 60_000);
  const rss = setInterval(() => { rssPeak = Math.max(rssPeak, rssMiB(hub.pid)); }, 20);
  const t0 = Date.now();
  poller.send({ cmd: 'go' });
  let result: unknown;
  let healthz: number[];
  try {
    result = await job();
  } finally {
    clearInterval(rss);
    poller.send({ cmd: 'stop' });
    healthz = (await nextMessage<HealthzPollDone>(poller, 'done', 60_000)).latencies;
    await stopChild(poller);
  }
  rssPeak = Math.max(rssPeak, rssMiB(hub.pid));
  const t1 = Date.now();
  const stalls = hub.stalls.filter((x) => x.at >= t0 && x.at - x.ms <= t1).map((x) => x.ms);
  const at = [...deltaAt.entries()].filter(([seq, ts]) => !seqBefore.has(seq) && ts >= t0).map(([, ts]) => ts).sort((a, b) => a - b);
  const deltaGaps = at.slice(1).map((t, i) => t - at[i]!);
  return { healthz, deltaGaps, rssPeak, loopMax: Math.max(0, ...stalls), loopOver: stalls.filter((x) => x >= TARGET_MS).length, result };
}

/** The same job inline on this process's loop: its max and p99 delay (20 ms ticker) and RSS peak. */
async function inline(job: () => Promise<unknown>): Promise<{ max: number; p99: number; rssPeak: number }> {
  const delays: number[] = [];
  let expected = performance.now() + 20;
  let rssPeak = process.memoryUsage.rss() / 1048576;
  const timer = setInterval(() => {
    const now = performance.now();
    delays.push(Math.max(0, now - expected));
    expected = now + 20;
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss() / 1048576);
  }, 20);
  try {
    await job().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 40));
  } finally {
    clearInterval(timer);
  }
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss() / 1048576);
  return { max: Math.max(0, ...delays), p99: percentile(delays, 99), rssPeak };
}

export async function heavyFiles(ctx: ScenarioContext): Promise<Row[]> {
  const s = 'heavy-files';
  const csvBytes = ctx.quick ? 2 * 1024 * 1024 : 10 * 1024 * 1024;
  const exportN = ctx.quick ? 2_000 : 20_000;
  const csv = makeCsv(csvBytes);
  const bomb = lyingXlsx(400 * 1024 * 1024);
  // The 4 M-cell rows are dropped once encoded: kept alive, this process's own GC pauses (it polls
  // /healthz) were counted as the hub's delay.
  const exportBody = JSON.stringify({ title: 'bench', sheets: [{ name: '导出', rows: exportRows(exportN, 200) }] });
  ctx.log(`heavy-files: CSV ${(csv.length / 1048576).toFixed(1)} MB, lying XLSX ${(bomb.length / 1048576).toFixed(2)} MB → 400 MB, export ${exportN}×200 (${(exportBody.length / 1048576).toFixed(1)} MB body)`);

  const hub = await startHub();
  const clients = await joinClients(`http://127.0.0.1:${hub.port}`, hub.assistant, 1);
  const deltaAt = clients.logs[0]!.deltaAt;
  const out: Row[] = [];
  const notes: string[] = [];
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const idle = await watch(hub, deltaAt, () => new Promise((r) => setTimeout(r, ctx.quick ? 2000 : 5000)));
    const idleGap = percentile(idle.deltaGaps, 50);
    ctx.detail(s, 'idle', { healthz: idle.healthz.map((x) => round(x, 1)), deltaGaps: idle.deltaGaps, loopMax: idle.loopMax });
    out.push(
      row({ scenario: s, figure: '/healthz max delay — idle, no job (machine noise floor)', unit: 'ms', ours: round(Math.max(...idle.healthz), 0), baseline: null, better: 'lower', target: null }),
      row({ scenario: s, figure: 'hub event-loop stall max — idle, no job (machine noise floor)', unit: 'ms', ours: round(idle.loopMax, 0), baseline: null, better: 'lower', target: null, note: '0 = none ≥ 20 ms' }),
    );
    // Each request is made from its own process (children/heavyRequest.ts): sending 10 MB and
    // reading a 15 MB reply would otherwise hold this process's loop, which times the polls.
    const bodies = benchTmpDir('heavy-bodies-');
    const api = (path: string, body: Buffer | string, headers: Record<string, string>) => async () => {
      const file = join(bodies, `body-${path.replace(/\W/g, '_')}-${Date.now()}`);
      writeFileSync(file, body);
      const cfg: HeavyRequestConfig = { url: `http://127.0.0.1:${hub.port}${path}`, file, headers: { authorization: `Bearer ${hub.producer}`, ...headers } };
      const child = spawnTs('children/heavyRequest.ts', { BENCH_HEAVY_REQUEST: JSON.stringify(cfg) });
      try {
        await nextMessage(child, 'ready', 60_000);
        child.send({ cmd: 'go' });
        const r = await nextMessage<HeavyRequestDone>(child, 'done', 600_000);
        return { status: r.status, code: r.code, bytes: r.bytes };
      } finally {
        await stopChild(child);
      }
    };
    const jobs: { label: string; ours: () => Promise<unknown>; base: () => Promise<unknown> }[] = [
      {
        label: `import ${(csv.length / 1048576).toFixed(0)} MB CSV`,
        ours: api('/api/import', csv, { 'x-filename': 'big.csv' }),
        base: () => importCatalog(csv, { filename: 'big.csv' }),
      },
      {
        label: 'import XLSX inflating to 400 MB',
        ours: api('/api/import', bomb, { 'x-filename': 'bomb.xlsx' }),
        base: () => importCatalog(bomb, { filename: 'bomb.xlsx' }),
      },
      {
        label: `export ${exportN.toLocaleString('en-US')}×200 XLSX`,
        ours: api('/api/export/xlsx', exportBody, { 'content-type': 'application/json' }),
        // The old path: the body parsed and validated, then written, all on one loop.
        base: async () => { await exportXlsxJob({ bytes: Buffer.from(exportBody), file: join(benchTmpDir('heavy-export-'), 'x.xlsx') }); },
      },
    ];
    // Every job through the hub first; the inline baselines block this process (and so its
    // console client's socket) for seconds, so they run after the client has gone.
    const watched: { w: Awaited<ReturnType<typeof watch>>; ms: number }[] = [];
    for (const job of jobs) {
      const t0 = performance.now();
      const w = await watch(hub, deltaAt, job.ours);
      watched.push({ w, ms: performance.now() - t0 });
      // Where the job sits on the hub's clock (≈ its CPU profile's, which starts with the process).
      ctx.log(`${job.label}: ${((t0 - hub.spawnedAt) / 1000).toFixed(2)}–${((performance.now() - hub.spawnedAt) / 1000).toFixed(2)} s after the hub was spawned`);
    }
    clients.close();
    for (const [k, job] of jobs.entries()) {
      const { w, ms } = watched[k]!;
      const b = await inline(job.base);
      const res = w.result as { status: number; code: string; bytes: number };
      notes.push(`${job.label}: hub loop stalls ≥ 20 ms ${w.loopMax > 0 ? `max ${round(w.loopMax, 0)} ms` : 'none'}, delta gaps max ${w.deltaGaps.length ? Math.max(...w.deltaGaps) : '—'} ms (idle median ${idleGap}, idle max ${idle.deltaGaps.length ? Math.max(...idle.deltaGaps) : '—'}); HTTP ${res.status}${res.code ? ` ${res.code}` : ''}, ${(res.bytes / 1048576).toFixed(1)} MB reply, ${(ms / 1000).toFixed(1)} s, ${w.healthz.length} /healthz polls, ${w.deltaGaps.length} deltas`);
      ctx.detail(s, job.label, { healthz: w.healthz.map((x) => round(x, 1)), deltaGaps: w.deltaGaps, rssPeak: w.rssPeak, inline: b, status: res.status, code: res.code, ms });
      const maxGap = w.deltaGaps.length ? Math.max(...w.deltaGaps) : Number.NaN;
      out.push(
        row({ scenario: s, figure: `/healthz max delay — ${job.label}`, unit: 'ms', ours: round(Math.max(...w.healthz), 0), baseline: round(b.max, 0), better: 'lower', target: `≤ ${TARGET_MS} ms`, check: (v) => v <= TARGET_MS, note: 'baseline: same job inline, loop delay' }),
        row({ scenario: s, figure: `/healthz p99 — ${job.label}`, unit: 'ms', ours: round(percentile(w.healthz, 99), 0), baseline: round(b.p99, 0), better: 'lower', target: `≤ ${TARGET_MS} ms`, check: (v) => v <= TARGET_MS }),
        row({ scenario: s, figure: `delta max gap − idle median gap — ${job.label}`, unit: 'ms', ours: round(maxGap - idleGap, 0), baseline: round(b.max, 0), better: 'lower', target: `≤ ${TARGET_MS} ms`, check: (v) => v <= TARGET_MS }),
        row({ scenario: s, figure: `hub event-loop stall max (probe in the hub) — ${job.label}`, unit: 'ms', ours: round(w.loopMax, 0), baseline: round(b.max, 0), better: 'lower', target: `≤ ${TARGET_MS} ms`, check: (v) => v <= TARGET_MS, note: `${w.loopOver} stall(s) ≥ ${TARGET_MS} ms; 0 = none ≥ 20 ms` }),
        row({ scenario: s, figure: `hub RSS peak — ${job.label}`, unit: 'MiB', ours: round(w.rssPeak, 0), baseline: round(b.rssPeak, 0), better: 'lower', target: `≤ ${RSS_CAP_MIB} MiB`, check: (v) => v <= RSS_CAP_MIB, note: 'baseline: bench process RSS running it inline' }),
      );
    }
  } finally {
    clients.close();
    await hub.stop();
  }
  ctx.note(s, `${notes.join('; ')}. Worker caps: import old-gen ${IMPORT_JOB_LIMITS.oldGenMb} MiB / ${IMPORT_JOB_LIMITS.timeoutMs / 1000} s, export ${EXPORT_JOB_LIMITS.oldGenMb} MiB / ${EXPORT_JOB_LIMITS.timeoutMs / 1000} s; documented hub RSS cap ${RSS_CAP_MIB} MiB.`);
  return out;
}
