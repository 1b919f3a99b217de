import type { ImportOptions } from '../import/importCatalog';
import { IMPORT_JOB_LIMITS } from './limits';
import type { JobOutcome } from './protocol';
import { runJob } from './runJob';
import type { ImportJobInput } from './worker';

/**
 * A catalog import in the job worker: the bytes are copied once into a buffer moved to the
 * worker (the hub keeps nothing of them), parsed there under IMPORT_JOB_LIMITS, and the
 * ImportResult comes back as its JSON bytes (ready for the HTTP reply) — or the ImportFileError
 * code, or a worker failure code.
 */
export function importInWorker(buf: Uint8Array, opts: ImportOptions): Promise<JobOutcome<Uint8Array>> {
  const bytes = new Uint8Array(buf.byteLength);
  bytes.set(buf);
  const input: ImportJobInput = { bytes, opts };
  return runJob<Uint8Array>('importCatalog', input, { limits: IMPORT_JOB_LIMITS, transfer: [bytes.buffer] });
}
