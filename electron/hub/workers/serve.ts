import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { JobOutcome, JobStart, WorkerReply } from './protocol';
import { movable } from './transfer';

export type Job = (input: never) => Promise<unknown>;

/**
 * Worker side: runs the job named in workerData with its input and posts one `done` reply (a
 * reply of bytes is moved, and refused with `reply_too_large` over workerData.maxReplyBytes). A
 * thrown error with a snake_case `code` (ImportFileError) is the job's answer; anything else is
 * `worker_failed`.
 */
export function serveJobs(jobs: Record<string, Job>): void {
  if (!parentPort) throw new Error('serveJobs runs inside a worker thread');
  lowerThreadPriority();
  const { kind, input, maxReplyBytes } = workerData as JobStart;
  const job = jobs[kind];
  const reply = (outcome: JobOutcome<unknown>, transfer: ArrayBuffer[] = []) => {
    parentPort!.postMessage({ type: 'done', outcome } satisfies WorkerReply, transfer);
    parentPort!.close();
  };
  if (!job) { reply({ ok: false, code: 'worker_failed', message: `unknown job "${kind}"` }); return; }
  job(input as never).then(
    (value) => {
      if (!(value instanceof Uint8Array)) return reply({ ok: true, value });
      if (maxReplyBytes !== undefined && value.byteLength > maxReplyBytes) {
        return reply({ ok: false, code: 'reply_too_large', message: `处理结果过大 / The result (${Math.round(value.byteLength / 1048576)} MiB) is larger than its cap (${Math.round(maxReplyBytes / 1048576)} MiB)` });
      }
      // Bytes are moved to the hub, not cloned there (./transfer.ts).
      const { bytes, transfer } = movable(value);
      reply({ ok: true, value: bytes }, transfer);
    },
    (err: unknown) => {
      // Domain codes are snake_case (ImportFileError); Node's own (ENOMEM, ERR_…) are not answers.
      const raw = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
      const code = typeof raw === 'string' && /^[a-z][a-z_]*$/.test(raw) ? raw : 'worker_failed';
      const path = code !== 'worker_failed' ? (err as { path?: unknown }).path : undefined;
      reply({ ok: false, code, message: err instanceof Error ? err.message : String(err), ...(typeof path === 'string' ? { path } : {}) });
    },
  );
}

/**
 * On Linux a thread has its own nice value: the job thread steps back (nice 10) so that, on a
 * busy machine, the hub's own thread (the live loop) gets the CPU first. Best effort, elsewhere
 * a no-op.
 */
function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, 10);
  } catch { /* not permitted or no procfs: run at normal priority */ }
}
