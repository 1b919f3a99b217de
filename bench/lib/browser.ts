import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { BENCH_ROOT } from './children';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium the e2e tests use (test/e2e/support/browser.ts) when present, else Debian's. */
async function executablePath(): Promise<string> {
  const support = join(BENCH_ROOT, 'test/e2e/support/browser.ts');
  if (existsSync(support)) {
    try {
      const mod = (await import(support)) as { executablePath?: string | (() => string); CHROMIUM_PATH?: string };
      const p = typeof mod.executablePath === 'function' ? mod.executablePath() : mod.executablePath ?? mod.CHROMIUM_PATH;
      if (p && existsSync(p)) return p;
    } catch {
      // fall through to the system browser
    }
  }
  return '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), args: CHROMIUM_ARGS, headless: true });
}

/** JS heap used by the page now (CDP Runtime.getHeapUsage), bytes. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  const h = await cdp.send('Runtime.getHeapUsage');
  return h.usedSize;
}

/** Sample the page's JS heap once a second until `stop()`; returns the samples [ms since start, bytes]. */
export function sampleHeap(page: Page, cdp: CDPSession): { stop(): Promise<[number, number][]> } {
  const samples: [number, number][] = [];
  const t0 = Date.now();
  let busy = false;
  const timer = setInterval(() => {
    if (busy || page.isClosed()) return;
    busy = true;
    heapUsed(cdp).then((b) => samples.push([Date.now() - t0, b]), () => undefined).finally(() => { busy = false; });
  }, 1000);
  return {
    async stop() {
      clearInterval(timer);
      if (!page.isClosed()) samples.push([Date.now() - t0, await heapUsed(cdp).catch(() => Number.NaN)]);
      return samples;
    },
  };
}
