/**
 * Accelerated session for the soak scenario: the simulator (`top` preset) and its auto producer
 * run a show in simulated time as fast as the CPU allows into a real hub (simulated clock), which
 * flushes a delta every `flushEveryMs` of simulated time (the journal reserves seqs first, as the
 * hub does). The simulator runs in this process too: its own state (~online viewers) is bounded. Memory is sampled each real second; a full GC is forced
 * at every tenth of the session (run with --expose-gc). On request it slows down while a renderer
 * page is attached: → ready; ← go; → attach; ← detached; → done; ← stop.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startHub } from '../../electron/hub/hub';
import { loadSampleShow } from '../../electron/hub/sampleShow';
import type { LiveEvent } from '../../shared/protocol/events';
import type { CommentItem } from '../../shared/protocol/room';
import { createAutoRun } from '../../shared/sim/autoRun';
import { createSimulator } from '../../shared/sim/simulator';
import { benchTmpDir, childGuard } from '../lib/children';
import type { SoakConfig, SoakDone, SoakSample } from '../lib/soakProtocol';

childGuard();
const cfg = JSON.parse(process.env.BENCH_SOAK ?? '{}') as SoakConfig;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const TICK = 100;
const show = loadSampleShow();
const dataDir = benchTmpDir('soak-');
const startAt = Date.now();
let simNow = startAt;
let emit: ((events: LiveEvent[]) => void) | null = null;
let attached: 'no' | 'waiting' | 'yes' | 'done' = 'no';
let attachReal = 0;
let attachSim = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const hub = await startHub({
    source: { kind: 'sim', start: (e) => { emit = e; }, stop: () => { emit = null; } },
    show, dataDir, now: () => simNow, seed: cfg.seed,
  });
  const caller = { id: 'soak', name: 'soak', role: 'producer' as const };
  let cmdN = 0;
  process.on('message', (m: { cmd?: string }) => {
    if (m.cmd === 'go') void run().then((done) => process.send!(done));
    if (m.cmd === 'detached') attached = 'done';
    if (m.cmd === 'stop') void hub.close().finally(() => { rmSync(dataDir, { recursive: true, force: true }); process.exit(0); });
  });
  process.send!({ type: 'ready', url: hub.url, consoleUrl: hub.consoleUrl });

  async function run(): Promise<SoakDone> {
    const auto = createAutoRun({ show, roomId: 'main', startAt, loop: true, idPrefix: 'auto-' });
    const sim = createSimulator({ seed: cfg.seed, preset: cfg.preset, roomId: 'main', startAt, show });
    const endAt = startAt + cfg.simHours * 3_600_000;
    const t0 = Date.now();
    const samples: SoakSample[] = [];
    const sample = (afterGc: boolean) => {
      if (afterGc) gc();
      const m = process.memoryUsage();
      const viewers = hub.room.latestMetrics?.now.totalViewers ?? 0;
      samples.push({ realMs: Date.now() - t0, simMin: (simNow - startAt) / 60_000, rss: m.rss, heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers, viewers, ...(afterGc ? { heapAfterGc: m.heapUsed } : {}) });
    };
    sample(true);
    let nextSample = Date.now() + 1000;
    const checkpoint = (endAt - startAt) / 10;
    let nextCheckpoint = startAt + checkpoint;
    let events = 0;
    let comments = 0;
    let deltas = 0;
    let onAir: string | null = null;
    let nextFlush = startAt + cfg.flushEveryMs;
    let nextSize = startAt;
    const deltaSizes: [number, number][] = [];
    while (simNow < endAt && Date.now() - t0 < cfg.budgetMs) {
      // One chunk of simulated ticks, then yield to the event loop (sockets, IPC).
      const chunkEnd = Date.now() + 20;
      while (Date.now() < chunkEnd && simNow < endAt) {
        const t = simNow;
        const step = auto.step(t);
        if (auto.onAirSlotId && auto.onAirSlotId !== onAir) {
          onAir = auto.onAirSlotId;
          hub.room.apply({ id: `c${++cmdN}`, type: 'slot.goTo', slotId: onAir }, caller, t);
        }
        const audience = sim.advance(t + TICK, step.ctx);
        const fed = auto.observe(audience);
        simNow = t + TICK;
        const batch = [...step.events, ...audience, ...fed];
        events += batch.length;
        for (const e of batch) if (e.type === 'comment') comments++;
        if (batch.length) emit?.(batch);
        if (simNow >= nextFlush) {
          nextFlush += cfg.flushEveryMs;
          hub.journal?.beforeDelta(hub.room.currentSeq + 1);
          const delta = hub.room.flush(simNow);
          if (delta) {
            deltas++;
            hub.io.to('main').emit('delta', delta);
            if (simNow >= nextSize) { nextSize += checkpoint / 4; deltaSizes.push([(simNow - startAt) / 60_000, JSON.stringify(delta).length]); }
          }
        }
        if (simNow >= nextCheckpoint) { nextCheckpoint += checkpoint; sample(true); }
      }
      if (Date.now() >= nextSample) { nextSample += 1000; sample(false); }
      if (cfg.attachAtMs !== null && attached === 'no' && Date.now() - t0 >= cfg.attachAtMs) {
        attached = 'waiting';
        process.send!({ type: 'attach' });
      }
      if (attached === 'waiting' || attached === 'yes') {
        if (attached === 'waiting') { attached = 'yes'; attachReal = Date.now(); attachSim = simNow; }
        // Hold the simulated clock to `attachSpeed` × real time while the page watches.
        const ahead = (simNow - attachSim) / cfg.attachSpeed - (Date.now() - attachReal);
        await sleep(Math.max(1, ahead));
      } else {
        await new Promise((r) => setImmediate(r));
      }
    }
    sample(true);
    return {
      type: 'done', deltaSizes, simMinutes: (simNow - startAt) / 60_000, realMs: Date.now() - t0, events, comments, deltas, samples,
      retainedComments: hub.room.snapshot(simNow).comments.length,
      bytesPerComment: bytesPerComment(hub.room.snapshot(simNow).comments),
      journalBytes: dirBytes(dataDir),
    };
  }
}

/** Heap cost of one more retained comment: copy recent ones 20,000 times and measure after GC. */
function bytesPerComment(sampleItems: CommentItem[]): number {
  if (!sampleItems.length) return 0;
  gc();
  const before = process.memoryUsage().heapUsed;
  const keep: CommentItem[] = [];
  for (let i = 0; i < 20_000; i++) {
    const c = sampleItems[i % sampleItems.length]!;
    keep.push({ ...c, id: `${c.id}#${i}`, text: c.text + String(i % 10) });
  }
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / keep.length;
  return keep.length ? Math.round(bytes) : 0;
}

/** Bytes on disk under `dir` (the hub's data dir: journal, documents). */
function dirBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return n;
}

void main();
