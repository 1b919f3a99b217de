import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { constants, createGunzip } from 'node:zlib';

/** A recording's file name: LiveEvent JSON lines, plain (`.jsonl`) or gzip-compressed (`.jsonl.gz`, what the recorder writes). */
export const RECORDING_NAME_RE = /\.jsonl(\.gz)?$/;

export function isRecordingName(name: string): boolean {
  return RECORDING_NAME_RE.test(name) && !name.startsWith('.');
}

/** The name without its `.jsonl` / `.jsonl.gz` ending. */
export function recordingStem(name: string): string {
  return name.replace(RECORDING_NAME_RE, '');
}

export function isGzipName(path: string): boolean {
  return path.endsWith('.gz');
}

/**
 * One way to open a recording (or a HAR) for reading: its bytes as a stream, gunzipped when the
 * name ends `.gz`. A gzip file cut short (the recorder crashed between two flushes) is read up to
 * where it ends — no "unexpected end of file" error — so a torn last line is at worst one bad line.
 */
export function openRecording(path: string, opts: { highWaterMark?: number; encoding?: 'utf8' } = {}): Readable {
  const raw = createReadStream(path, { highWaterMark: opts.highWaterMark ?? 1 << 20 });
  if (!isGzipName(path)) {
    if (opts.encoding) raw.setEncoding(opts.encoding);
    return raw;
  }
  // finishFlush Z_SYNC_FLUSH: a missing tail ends the stream instead of failing it.
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: Math.min(opts.highWaterMark ?? 64 * 1024, 1 << 20) });
  const out = pipeline(raw, gunzip, () => { /* errors reach the reader through `out` */ });
  if (opts.encoding) out.setEncoding(opts.encoding);
  return out;
}

/** The first `bytes` (or fewer) of a recording's text, decompressed when it is gzipped. */
export async function readRecordingHead(path: string, bytes = 512): Promise<string> {
  const parts: Buffer[] = [];
  let got = 0;
  const input = openRecording(path, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of input) {
      parts.push(chunk as Buffer);
      got += (chunk as Buffer).length;
      if (got >= bytes) break;
    }
  } finally {
    input.destroy();
  }
  return Buffer.concat(parts).subarray(0, bytes).toString('utf8');
}

/** Whether bytes open like gzip (1f 8b): an uploaded recording is known by its content, not its name. */
export function isGzipBytes(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** Thrown by gunzipChunks when the text would exceed its limit (a gzip bomb or a far too long session). */
export class RecordingTooLarge extends Error {
  constructor() { super('too_large'); }
}

/** A gzipped buffer's bytes, decompressed as they are read (a cut tail tolerated), at most `maxBytes` of them. */
export async function* gunzipChunks(buf: Uint8Array, maxBytes: number): AsyncGenerator<Buffer> {
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  gunzip.end(buf);
  let total = 0;
  for await (const chunk of gunzip) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) { gunzip.destroy(); throw new RecordingTooLarge(); }
    yield chunk as Buffer;
  }
}
