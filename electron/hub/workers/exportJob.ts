import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportRequest } from '../../../shared/protocol/http';
import type { XlsxPlan, XlsxRowsChunk } from '../documents/exportXlsx';
import { EXPORT_JOB_LIMITS } from './limits';
import type { JobOutcome } from './protocol';
import { runJob } from './runJob';

/** Cells per message to the worker: each structured clone stays a few ms on the hub loop. */
const CHUNK_CELLS = 20_000;
const yieldLoop = () => new Promise<void>((r) => setImmediate(r));

/**
 * An XLSX export in the job worker: the rows go to the worker in small chunks (the hub loop
 * yields between them), the worker streams them into a temp file, and the file's bytes come
 * back for the HTTP reply; the temp file is removed whatever happens.
 */
export async function exportXlsxInWorker(req: ExportRequest, dir = tmpdir()): Promise<JobOutcome<Buffer>> {
  const file = join(dir, `livedeck-export-${randomUUID()}.xlsx`);
  const plan: XlsxPlan = {
    file, title: req.title,
    sheets: req.sheets.map((s) => ({ name: s.name, rows: s.rows.length, ...(s.widths ? { widths: s.widths } : {}) })),
  };
  const feed = async (post: (data: unknown) => void) => {
    for (let sheet = 0; sheet < req.sheets.length; sheet++) {
      const rows = req.sheets[sheet]!.rows;
      for (let i = 0; i < rows.length;) {
        let cells = 0;
        let j = i;
        while (j < rows.length && (j === i || cells + rows[j]!.length <= CHUNK_CELLS)) cells += rows[j++]!.length;
        post({ sheet, rows: rows.slice(i, j) } satisfies XlsxRowsChunk);
        i = j;
        await yieldLoop();
      }
    }
  };
  try {
    const out = await runJob<{ file: string }>('exportXlsx', plan, { limits: EXPORT_JOB_LIMITS, feed });
    if (!out.ok) return out;
    return { ok: true, value: await readFile(file) };
  } finally {
    await rm(file, { force: true }).catch(() => undefined);
  }
}
