import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { packageRoot } from '../paths';

/**
 * Where the hub's job worker lives, in the three ways the hub runs:
 * - bundled (dist/node/cli.js, dist/electron/main.js): `hubWorker.js` beside the bundle
 *   (scripts/build.mjs builds it into both folders);
 * - from TypeScript source (vitest, tsx): electron/hub/workers/worker.ts, loaded through tsx.
 */
export function hubWorkerEntry(): string {
  if (typeof __filename !== 'undefined' && __filename.endsWith('.js')) return join(__dirname, 'hubWorker.js');
  return join(packageRoot(), 'electron', 'hub', 'workers', 'worker.ts');
}

// A .ts entry starts through tsx's CommonJS hook (`--import tsx` in execArgv does not reach a
// worker's own entry on Node 20). Resolved from the package, so the worker finds the same tsx.
const TS_BOOT = "const { workerData } = require('node:worker_threads'); require(workerData.__tsx); require(workerData.__entry);";

/** Starts `entry` (.js, or .ts under tsx) as a worker thread. */
export function startWorker(entry: string, options: WorkerOptions): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, options);
  const tsx = createRequire(join(packageRoot(), 'package.json')).resolve('tsx/cjs');
  return new Worker(TS_BOOT, { ...options, eval: true, workerData: { ...(options.workerData as object), __tsx: tsx, __entry: entry } });
}
