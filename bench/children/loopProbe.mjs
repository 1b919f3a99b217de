// Preloaded into a hub under test (`node --import ./bench/children/loopProbe.mjs …`): a 10 ms ticker on the
// hub's own main thread that reports, on stderr, every time it ran ≥ 20 ms late — the hub's event
// loop held or not scheduled — as `[loop] <epoch ms> <late ms>`. Worker threads are not probed.
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const EVERY = 10;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - EVERY;
    last = now;
    if (late >= 20) process.stderr.write(`[loop] ${Date.now()} ${late.toFixed(1)}\n`);
  }, EVERY).unref();
}
