import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { heapUsed, launchBrowser, sampleHeap } from '../lib/browser';
import { buildBaselinePage } from '../lib/buildBaselinePage';
import { BENCH_ROOT, nextMessage, spawnTs, stopChild } from '../lib/children';
import type { HubChildConfig, HubChildDone, HubChildReady } from '../lib/hubChildProtocol';
import { selfTime, type CpuProfile } from '../lib/cpuProfile';
import { PAGE_PROBE, READ_PROBE, type PageProbeResult } from '../lib/pageProbe';
import { mib, percentile, round } from '../lib/stats';
import { row, type Row } from '../lib/table';
import type { ScenarioContext } from './types';

const COMMENTS_PER_SEC = 500;
const FRAME_MS = 1000 / 60;
/** rAF intervals jitter around 16.7 ms even when no frame is dropped; this much is allowed. */
const JITTER_MS = 1;

interface PageRun {
  frames: number[];
  longTasks: number[];
  domNodes: number;
  heapStart: number;
  heapPeak: number;
  heapEnd: number;
  heapSamples: [number, number][];
  hubCores: number;
}

async function gcHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return heapUsed(cdp);
}

/** One page (the console, or the baseline list) under 500 comments/s + 10 Hz metrics. */
async function runPage(impl: 'ours' | 'baseline', browser: Browser, ctx: ScenarioContext): Promise<PageRun> {
  const staticDir = impl === 'ours' ? join(BENCH_ROOT, 'dist/renderer') : await buildBaselinePage();
  const cfg: HubChildConfig = {
    impl: 'ours', rate: COMMENTS_PER_SEC, mix: 'comments', seed: 5, frameMs: 20, prefillEvents: ctx.quick ? 5000 : 50_000, prefillSpanMs: ctx.quick ? 10 * 60_000 : 6 * 3_600_000, staticDir,
    warmupMs: ctx.quick ? 1500 : 10_000, durationMs: ctx.quick ? 5000 : 60_000,
  };
  let child: ChildProcess | null = null;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    child = spawnTs('children/hubChild.ts', { BENCH_HUB: JSON.stringify(cfg) });
    const ready = await nextMessage<HubChildReady>(child, 'ready');
    const cdp = await page.context().newCDPSession(page);
    await page.addInitScript(PAGE_PROBE);
    await page.goto(impl === 'ours' ? ready.consoleUrl : `${ready.url}/?token=${encodeURIComponent(ready.token)}`);
    await page.waitForSelector('[data-testid=metric-online][data-value]', { timeout: 30_000 });
    child.send({ cmd: 'go' });
    await sleep(cfg.warmupMs);
    await page.evaluate('window.__bench.reset()');
    const heapStart = await gcHeap(cdp);
    const sampler = sampleHeap(page, cdp);
    // BENCH_PROF=<dir>: also record a CPU profile of the page over the window (open in DevTools).
    const prof = process.env.BENCH_PROF;
    let profStartedAt = 0;
    if (prof) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      profStartedAt = (await page.evaluate('performance.now()')) as number;
    }
    await sleep(cfg.durationMs);
    const probe = (await page.evaluate(READ_PROBE)) as PageProbeResult;
    if (prof) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(prof, { recursive: true });
      writeFileSync(join(prof, `renderer-${impl}.cpuprofile`), JSON.stringify(profile));
      // What ran during each long task (profile clock ≈ page clock + offset, aligned at Profiler.start).
      const offsetUs = profile.startTime - profStartedAt * 1000;
      const tasks = probe.longTaskAt.map((at, i) => ({
        at: Math.round(at), ms: Math.round(probe.longTasks[i]!),
        top: selfTime(profile as CpuProfile, at * 1000 + offsetUs, (at + probe.longTasks[i]!) * 1000 + offsetUs, 6),
      }));
      ctx.detail('renderer', `${impl}LongTasks`, tasks);
      if (impl === 'ours') for (const t of tasks) ctx.log(`renderer: long task ${t.ms} ms at ${t.at}: ${t.top.map((x) => `${x.fn} ${x.ms}`).join('; ')}`);
    }
    const heapSamples = await sampler.stop();
    const heapEnd = await gcHeap(cdp);
    const done = await nextMessage<HubChildDone>(child, 'done', 60_000);
    return {
      ...probe, heapStart, heapEnd, heapSamples,
      heapPeak: Math.max(heapStart, heapEnd, ...heapSamples.map(([, b]) => b).filter(Number.isFinite)),
      hubCores: (done.cpuUserMs + done.cpuSystemMs) / done.wallMs,
    };
  } finally {
    await page.close().catch(() => undefined);
    if (child) await stopChild(child);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function renderer(ctx: ScenarioContext): Promise<Row[]> {
  if (!existsSync(join(BENCH_ROOT, 'dist/renderer/index.html'))) throw new Error('dist/renderer is not built (npm run bench builds it first)');
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    ctx.log(`renderer: console under ${COMMENTS_PER_SEC} comments/s + 10 Hz metrics (${ctx.quick ? 5 : 60} s)`);
    const ours = await runPage('ours', browser, ctx);
    ctx.log('renderer: baseline unvirtualised list');
    const base = await runPage('baseline', browser, ctx);
    return rows(ours, base, ctx);
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

function rows(ours: PageRun, base: PageRun, ctx: ScenarioContext): Row[] {
  const s = 'renderer';
  const dropped = (r: PageRun) => (r.frames.length ? (100 * r.frames.filter((f) => f > 1.5 * FRAME_MS).length) / r.frames.length : Number.NaN);
  const maxLong = (r: PageRun) => (r.longTasks.length ? Math.max(...r.longTasks) : 0);
  const growth = (r: PageRun) => (100 * (r.heapEnd - r.heapStart)) / r.heapStart;
  ctx.note(s, `frames counted: ours ${ours.frames.length}, baseline ${base.frames.length}; DOM nodes at end: ours ${ours.domNodes}, baseline ${base.domNodes}; ` +
    `hub CPU meanwhile: ours ${round(ours.hubCores, 2)}, baseline ${round(base.hubCores, 2)} cores. frame target allows ${JITTER_MS} ms of rAF jitter; heap "flat" = post-GC heap grows ≤ 20 % over the measured window`);
  return [
    row({ scenario: s, figure: 'frame interval p50', unit: 'ms', ours: round(percentile(ours.frames, 50), 1), baseline: round(percentile(base.frames, 50), 1), better: 'lower', target: null }),
    row({ scenario: s, figure: 'frame interval p95', unit: 'ms', ours: round(percentile(ours.frames, 95), 1), baseline: round(percentile(base.frames, 95), 1), better: 'lower', target: '≤ 16.7 ms', check: (v) => v <= FRAME_MS + JITTER_MS }),
    row({ scenario: s, figure: 'frame interval p99', unit: 'ms', ours: round(percentile(ours.frames, 99), 1), baseline: round(percentile(base.frames, 99), 1), better: 'lower', target: null }),
    row({ scenario: s, figure: 'frames over 25 ms', unit: '%', ours: round(dropped(ours), 2), baseline: round(dropped(base), 2), better: 'lower', target: null }),
    row({ scenario: s, figure: 'long tasks > 50 ms', unit: '', ours: ours.longTasks.length, baseline: base.longTasks.length, better: 'lower', target: 'none', check: (v) => v === 0 }),
    row({ scenario: s, figure: 'longest task', unit: 'ms', ours: round(maxLong(ours), 0), baseline: round(maxLong(base), 0), better: 'lower', target: null }),
    row({ scenario: s, figure: 'JS heap after GC, start of window', unit: 'MiB', ours: mib(ours.heapStart), baseline: mib(base.heapStart), better: 'lower', target: null }),
    row({ scenario: s, figure: 'JS heap peak', unit: 'MiB', ours: mib(ours.heapPeak), baseline: mib(base.heapPeak), better: 'lower', target: null }),
    row({ scenario: s, figure: 'JS heap after GC, end of window', unit: 'MiB', ours: mib(ours.heapEnd), baseline: mib(base.heapEnd), better: 'lower', target: null }),
    row({ scenario: s, figure: 'JS heap growth over window', unit: '%', ours: round(growth(ours), 1), baseline: round(growth(base), 1), better: 'lower', target: 'flat (≤ 20 %)', check: (v) => v <= 20 }),
  ];
}
