import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportXlsxJob } from '../documents/exportXlsx';
import { EXPORT_JOB_LIMITS } from './limits';
import type { JobOutcome } from './protocol';
import { runJob } from './runJob';
import { movable } from './transfer';

const isWritten = (v: unknown): v is { file: string; title: string } =>
  !!v && typeof (v as { file?: unknown }).file === 'string' && typeof (v as { title?: unknown }).title === 'string';

/**
 * An XLSX export in the job worker: the request's raw JSON bytes move (not copied) to the worker,
 * which parses and validates them against the contract and streams the sheets into a temp file;
 * the file's bytes and the title come back for the HTTP reply, and the file is removed whatever
 * happens. Nothing of the request is parsed on the hub loop.
 */
export async function exportXlsxInWorker(body: Uint8Array, dir = tmpdir()): Promise<JobOutcome<{ bytes: Buffer; title: string }>> {
  const file = join(dir, `livedeck-export-${randomUUID()}.xlsx`);
  // Moved into the worker: readBody's big bodies own their buffer and go without a copy (the
  // caller's view is left empty); a slice of a pooled one is copied once (./transfer.ts).
  const { bytes, transfer } = movable(body);
  try {
    const out = await runJob('exportXlsx', { bytes, file } satisfies ExportXlsxJob, { limits: EXPORT_JOB_LIMITS, transfer, reply: { accept: isWritten } });
    if (!out.ok) return out;
    return { ok: true, value: { bytes: await readFile(file), title: out.value.title } };
  } finally {
    await rm(file, { force: true }).catch(() => undefined);
  }
}
