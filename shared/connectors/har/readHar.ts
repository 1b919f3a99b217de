import { utf8ByteLength } from '../../text/utf8';
import { harEntryResponse, type HarResponse } from './harEntry';
import { createHarScanner } from './harScanner';

/** Why a file is not a HAR we can read: not JSON at all, JSON but not a HAR, or a HAR (or file) with nothing in it. */
export const HAR_ERROR_CODES = ['not_json', 'not_har', 'empty'] as const;
export type HarErrorCode = (typeof HAR_ERROR_CODES)[number];

export interface HarReadStats {
  /** Bytes read so far. */
  bytes: number;
  /** Entries in the file (readable or not). */
  entries: number;
  /** Entries without a readable request, response or start time (left out of `responses`). */
  badEntries: number;
  /** Responses whose body was cut (their body is null). */
  truncated: number;
}

export type HarReadResult =
  | { ok: true; responses: HarResponse[]; stats: HarReadStats }
  | { ok: false; code: HarErrorCode; stats: HarReadStats };

export interface HarReader {
  /** The next piece of the file's text; `bytes` = its size on disk (default: its UTF-8 length). */
  push(chunk: string, bytes?: number): void;
  /** The file ended: its responses in the order they were received (startedDateTime + time). */
  end(): HarReadResult;
  readonly stats: Readonly<HarReadStats>;
}

export interface HarReaderOptions {
  /** Told after each chunk (progress of a large file). */
  onProgress?: (stats: Readonly<HarReadStats>) => void;
}

/**
 * Reads a HAR 1.2 file as Chrome, Edge and Firefox save it ("Save all as HAR"), chunk by chunk:
 * each entry is parsed on its own as soon as its text is complete, so only one entry's tree
 * exists at a time besides the responses kept.
 */
export function createHarReader(opts: HarReaderOptions = {}): HarReader {
  const scanner = createHarScanner();
  const stats: HarReadStats = { bytes: 0, entries: 0, badEntries: 0, truncated: 0 };
  const responses: HarResponse[] = [];
  let sawText = false;
  let entryJsonError = false;

  const take = (text: string) => {
    stats.entries++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      entryJsonError = true;
      return;
    }
    const r = harEntryResponse(parsed);
    if (!r) { stats.badEntries++; return; }
    if (r.truncated) stats.truncated++;
    responses.push(r);
  };

  return {
    stats,
    push(chunk, bytes) {
      stats.bytes += bytes ?? utf8ByteLength(chunk);
      if (!sawText && chunk.trim()) sawText = true;
      for (const text of scanner.push(chunk)) take(text);
      opts.onProgress?.(stats);
    },
    end() {
      const scanError = scanner.end();
      if (!sawText) return { ok: false, code: 'empty', stats };
      if (scanError || entryJsonError) return { ok: false, code: scanError ?? 'not_json', stats };
      if (stats.entries === 0) return { ok: false, code: 'empty', stats };
      responses.sort((a, b) => a.ts - b.ts);
      return { ok: true, responses, stats };
    },
  };
}

/** A whole HAR text at once. */
export function readHar(text: string): HarReadResult {
  const reader = createHarReader();
  reader.push(text);
  return reader.end();
}
