import { open } from 'node:fs/promises';
import { decodeLine } from '../journal/format';
import { isGzipName, openRecording } from '../recordings/recordingFile';
import { checkEventLine } from '../sources/eventLine';

/** What the list of past sessions shows before a report is built: read from a file's first and last lines only. */
export interface SessionMeta {
  /** The show's title (journals), '' for recordings. */
  title: string;
  /** First and last time stamp in the file (0 when unknown). */
  startedAt: number;
  lastAt: number;
}

/** Bytes read at each end of a file: enough for a header line (a run-of-show) and a last record. */
const EDGE_BYTES = 256 * 1024;

async function edges(path: string): Promise<{ first: string; last: string }> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const head = Buffer.alloc(Math.min(size, EDGE_BYTES));
    await fh.read(head, 0, head.length, 0);
    const tailLen = Math.min(size, EDGE_BYTES);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    const headText = head.toString('utf8');
    const firstEnd = headText.indexOf('\n');
    const first = firstEnd >= 0 ? headText.slice(0, firstEnd) : headText;
    // The last complete line (a torn last write has no newline).
    const lines = tail.toString('utf8').split('\n');
    lines.pop();
    let last = '';
    for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim()) { last = lines[i]!; break; }
    if (tailLen < size && lines.length <= 1) last = ''; // no whole line in the tail window
    return { first, last };
  } finally {
    await fh.close();
  }
}

/** A journal's title and span from its header and last record (no replay; a gzipped, closed journal: from its header). */
export async function journalMeta(path: string): Promise<SessionMeta | null> {
  const { first, last } = await (isGzipName(path) ? gzipEdges(path) : edges(path));
  const header = decodeLine(first, null);
  if (header?.k !== 'session') return null;
  const title = typeof header.show?.title === 'string' ? header.show.title : '';
  const rec = last ? decodeLine(last, header) : null;
  const lastAt = rec && 'at' in rec && typeof rec.at === 'number' ? rec.at : header.startedAt;
  return { title, startedAt: header.startedAt, lastAt: Math.max(header.startedAt, lastAt) };
}

/**
 * First line of a gzipped recording, and no last one: a compressed file has no readable tail, and
 * the list must answer at once (finding the last line means decompressing all of it — the report
 * build, queued in the background, reads it anyway and brings the real span).
 */
async function gzipEdges(path: string): Promise<{ first: string; last: string }> {
  let carry = '';
  const input = openRecording(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of input) {
      carry += chunk as string;
      const end = carry.indexOf('\n');
      if (end >= 0) return { first: carry.slice(0, end), last: '' };
      if (carry.length > EDGE_BYTES) break; // no line at all: not a recording
    }
  } finally {
    input.destroy();
  }
  return { first: carry, last: '' };
}

/** A recording's span from its first and last event lines (no replay). */
export async function recordingMeta(path: string): Promise<SessionMeta | null> {
  const { first, last } = await (isGzipName(path) ? gzipEdges(path) : edges(path));
  const a = checkEventLine(first);
  if (!a.ok) return null;
  const b = last ? checkEventLine(last) : null;
  const lastAt = b?.ok ? b.event.ts : a.event.ts;
  return { title: '', startedAt: a.event.ts, lastAt: Math.max(a.event.ts, lastAt) };
}
