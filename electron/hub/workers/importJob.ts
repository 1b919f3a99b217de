import type { ImportOptions } from '../import/importCatalog';
import { IMPORT_JOB_LIMITS, IMPORT_REPLY_MAX_BYTES } from './limits';
import type { JobOutcome } from './protocol';
import { runJob } from './runJob';
import { movable } from './transfer';
import type { ImportJobInput } from './worker';

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

/**
 * A catalog import in the job worker: the bytes are moved to the worker (readBody's big bodies
 * own their ArrayBuffer and go without a copy — the caller's view is left empty; anything else is
 * copied once), parsed there under IMPORT_JOB_LIMITS, and the ImportResult comes back moved, as
 * its JSON bytes (ready for the HTTP reply) — or the ImportFileError code, or a worker failure
 * code (a reply that is not bytes: `reply_invalid`; bigger than IMPORT_REPLY_MAX_BYTES: `reply_too_large`).
 */
export function importInWorker(buf: Uint8Array, opts: ImportOptions): Promise<JobOutcome<Uint8Array>> {
  const { bytes, transfer } = movable(buf);
  const input: ImportJobInput = { bytes, opts };
  return runJob<Uint8Array>('importCatalog', input, { limits: IMPORT_JOB_LIMITS, transfer, reply: { accept: isBytes, maxBytes: IMPORT_REPLY_MAX_BYTES } });
}
