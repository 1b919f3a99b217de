import type { Worker } from 'node:worker_threads';
import { hubWorkerEntry, startWorker } from './entry';
import type { JobOutcome, JobStart, WorkerReply } from './protocol';

/** Memory and time a job may use. */
export interface JobLimits {
  /** V8 old-generation cap of the worker (MiB): a job that needs more ends `worker_out_of_memory`. */
  oldGenMb: number;
  /** Young generation (MiB); small keeps the worker's RSS close to the old-gen cap. */
  youngGenMb: number;
  /** Wall time before the worker is terminated: `timeout`. */
  timeoutMs: number;
}

export interface RunJobOptions<T = unknown> {
  limits: JobLimits;
  /** The worker file (default: the hub's, electron/hub/workers/worker.ts or hubWorker.js). */
  entry?: string;
  /** Buffers moved (not copied) into the worker with the input. */
  transfer?: ArrayBuffer[];
  /**
   * What a successful reply must be: its shape (`accept`) and, for bytes, its size (`maxBytes`;
   * the worker refuses to send more, and the hub checks again). Otherwise `reply_invalid` /
   * `reply_too_large`.
   */
  reply?: { accept: (value: unknown) => value is T; maxBytes?: number };
}

const message = (code: string, detail: string): string => ({
  worker_out_of_memory: `处理文件所需内存超过上限，已停止 / The job needed more memory than its cap (${detail})`,
  timeout: `处理超时，已停止 / The job took longer than its time limit (${detail})`,
  worker_failed: `后台处理失败 / The background job failed (${detail})`,
  reply_too_large: `处理结果过大，已停止 / The job's result is larger than its cap (${detail})`,
  reply_invalid: `后台处理返回了无效结果 / The background job answered something invalid (${detail})`,
}[code] ?? detail);

const MiB = (n: number) => `${Math.round(n / 1048576)} MiB`;

/** The worker's message as a typed outcome: a reply of the wrong shape or size is a failure code, never passed on. */
function checkReply<T>(m: unknown, check: RunJobOptions<T>['reply']): JobOutcome<T> {
  const outcome = (m as Partial<WorkerReply<T>> | null)?.outcome as JobOutcome<T> | undefined;
  if (!outcome || typeof outcome !== 'object' || typeof outcome.ok !== 'boolean') {
    return { ok: false, code: 'reply_invalid', message: message('reply_invalid', 'no outcome') };
  }
  if (!outcome.ok) {
    return typeof outcome.code === 'string' ? outcome : { ok: false, code: 'reply_invalid', message: message('reply_invalid', 'no code') };
  }
  if (!check) return outcome;
  const v = outcome.value as unknown;
  if (check.maxBytes !== undefined && v instanceof Uint8Array && v.byteLength > check.maxBytes) {
    return { ok: false, code: 'reply_too_large', message: message('reply_too_large', `${MiB(v.byteLength)} > ${MiB(check.maxBytes)}`) };
  }
  return check.accept(v) ? outcome : { ok: false, code: 'reply_invalid', message: message('reply_invalid', 'unexpected shape') };
}

/**
 * Runs one job (`kind` of the worker's job table) in a fresh worker thread with a memory cap and a
 * time limit, and answers its typed outcome — never throws, never takes the hub down. The job's
 * own error codes pass through; a worker that ran out of memory, overran its time or died gives
 * `worker_out_of_memory`, `timeout` or `worker_failed`, and a reply of the wrong shape or size
 * `reply_invalid` / `reply_too_large` (opts.reply). The worker moves its reply's bytes (not a
 * copy deserialised on the hub's loop: ./transfer.ts).
 */
export function runJob<T>(kind: string, input: unknown, opts: RunJobOptions<T>): Promise<JobOutcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    let worker: Worker;
    const finish = (outcome: JobOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().catch(() => undefined);
      resolve(outcome);
    };
    const fail = (code: string, detail: string) => finish({ ok: false, code, message: message(code, detail) });
    try {
      worker = startWorker(opts.entry ?? hubWorkerEntry(), {
        workerData: { kind, input, ...(opts.reply?.maxBytes !== undefined ? { maxReplyBytes: opts.reply.maxBytes } : {}) } satisfies JobStart,
        ...(opts.transfer ? { transferList: opts.transfer } : {}),
        resourceLimits: { maxOldGenerationSizeMb: opts.limits.oldGenMb, maxYoungGenerationSizeMb: opts.limits.youngGenMb },
      });
    } catch (err) {
      resolve({ ok: false, code: 'worker_failed', message: message('worker_failed', (err as Error).message) });
      return;
    }
    const timer = setTimeout(() => fail('timeout', `${Math.round(opts.limits.timeoutMs / 1000)} s`), opts.limits.timeoutMs);
    worker.on('message', (m: unknown) => finish(checkReply<T>(m, opts.reply)));
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') fail('worker_out_of_memory', `${opts.limits.oldGenMb} MiB`);
      else fail('worker_failed', err.message.slice(0, 200));
    });
    worker.on('exit', (code) => fail('worker_failed', `exit ${code}`));
  });
}

/**
 * One job at a time per lane (per kind and hub): a second request while one runs is refused
 * with `busy` at once rather than queued — an operator retries knowingly, and a queue of big
 * files could not grow the hub's memory.
 */
export class JobLane {
  private running = false;
  async run<T>(job: () => Promise<JobOutcome<T>>): Promise<JobOutcome<T>> {
    if (this.running) return { ok: false, code: 'busy', message: '上一个文件仍在处理中，请稍后再试 / Another file of this kind is still being processed' };
    this.running = true;
    try { return await job(); } finally { this.running = false; }
  }
}
