/**
 * The hub's job worker (node:worker_threads): the heavy file work that must not run on the hub's
 * event loop. Built as dist/node/hubWorker.js and dist/electron/hubWorker.js (scripts/build.mjs);
 * run from source through tsx under vitest. Started per job by runJob (./runJob.ts).
 */
import type { ImportOptions } from '../import/importCatalog';
import { importCatalog } from '../import/importCatalog';
import { exportXlsxJob, type ExportXlsxJob } from '../documents/exportXlsx';
import { serveJobs } from './serve';
import { lowerThreadPriority } from './lowPriority';
import { encodeMovable } from './transfer';

export interface ImportJobInput { bytes: Uint8Array; opts: ImportOptions }

// A job yields the CPU to the live loop and the consoles on a busy machine (Linux; elsewhere a no-op).
lowerThreadPriority();

serveJobs({
  // The reply leaves the worker as JSON bytes in a buffer of their own, moved to the hub (not
  // cloned): rebuilding 100,000 row issues on the hub, serializing them or even copying the bytes
  // there would block the live loop (docs/performance.md).
  importCatalog: async ({ bytes, opts }: ImportJobInput) =>
    encodeMovable(JSON.stringify(await importCatalog(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), opts))),
  exportXlsx: (job: ExportXlsxJob) => exportXlsxJob(job),
});
