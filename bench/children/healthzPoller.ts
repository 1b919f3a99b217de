/**
 * Polls the hub's /healthz every 20 ms from a process of its own (bench/scenarios/heavyFiles.ts),
 * so the latencies are the hub's and the network's, not pauses of the bench process (which holds
 * the jobs' big bodies and a socket.io client). Config: BENCH_HEALTHZ_URL. ← go; ← stop; → done.
 */
import { childGuard } from '../lib/children';

export interface HealthzPollDone { type: 'done'; latencies: number[] }

childGuard();
const url = process.env.BENCH_HEALTHZ_URL ?? '';
let polling = false;
const latencies: number[] = [];

async function poll(): Promise<void> {
  while (polling) {
    const start = performance.now();
    await fetch(url).then((r) => r.arrayBuffer(), () => undefined);
    latencies.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, Math.max(0, 20 - (performance.now() - start))));
  }
}

let loop: Promise<void> = Promise.resolve();
process.on('message', (m: { cmd?: string }) => {
  if (m?.cmd === 'go' && !polling) {
    polling = true;
    loop = poll();
  } else if (m?.cmd === 'stop') {
    polling = false;
    void loop.then(() => process.send!({ type: 'done', latencies } satisfies HealthzPollDone));
  } else if (m?.cmd === 'exit') process.exit(0);
});
process.send!({ type: 'ready' });
