/**
 * The contract between the hub and a job worker (electron/hub/workers/): what a job answers and
 * the codes a failed job gives. A job's own refusals (an ImportFileError's code: too_large,
 * corrupt …) pass through; the runner adds the codes of a worker that could not finish.
 */
export const WORKER_FAILURE_CODES = ['worker_out_of_memory', 'timeout', 'busy', 'worker_failed', 'reply_too_large', 'reply_invalid'] as const;
export type WorkerFailureCode = (typeof WORKER_FAILURE_CODES)[number];

export type JobOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; message: string; /** Where in the input the problem is (e.g. `sheets.0.rows`). */ path?: string };

/** Messages a worker sends its parent: the job's single answer. */
export type WorkerReply<T = unknown> = { type: 'done'; outcome: JobOutcome<T> };


/** What the worker gets as workerData. */
export interface JobStart {
  kind: string;
  input: unknown;
  /** A reply of bytes larger than this is not sent: the job answers `reply_too_large` instead. */
  maxReplyBytes?: number;
}
