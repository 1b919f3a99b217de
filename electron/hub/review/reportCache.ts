import { readFile } from 'node:fs/promises';
import { ReviewReport } from '../../../shared/protocol/review';
import { writeFileAtomic } from '../documents/atomicWrite';

/** Version of the `<file>.review.json` cache; a file of another version is rebuilt. */
const CACHE_VERSION = 1;

/** Where a session file's built report is kept: next to the file, so a restart does not rebuild it. */
export const reportCachePath = (file: string) => `${file}.review.json`;

/** The cached report of `file` when it was built from the same bytes (size + mtime = `stamp`), else null. */
export async function readCachedReport(file: string, stamp: string): Promise<ReviewReport | null> {
  try {
    const json = JSON.parse(await readFile(reportCachePath(file), 'utf8')) as { v?: unknown; stamp?: unknown; report?: unknown };
    if (json.v !== CACHE_VERSION || json.stamp !== stamp) return null;
    const r = ReviewReport.safeParse(json.report);
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Keep a built report next to its file (best effort: a read-only folder just means rebuilding next time). */
export async function writeCachedReport(file: string, stamp: string, report: ReviewReport): Promise<void> {
  try {
    await writeFileAtomic(reportCachePath(file), JSON.stringify({ v: CACHE_VERSION, stamp, report }));
  } catch { /* not cached */ }
}
