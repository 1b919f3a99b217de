import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { TEMP_PREFIX, TEMP_SUFFIX, writeFileAtomic } from '../documents/atomicWrite';
import { checksum } from './checksum';

export const CHECKPOINT_VERSION = 1;

/**
 * What a checkpoint says about the journal it belongs to. The room state in it equals the
 * journal's first `offset` bytes replayed; a restart replays only the records after `offset`.
 */
export interface CheckpointMeta {
  k: 'checkpoint';
  v: number;
  roomId: string;
  /** Checksum of the journal's header line: the checkpoint belongs to that session only. */
  header: string;
  /** Journal bytes the state covers. */
  offset: number;
  /** Highest seq reserved on disk up to `offset`. */
  reservedSeq: number;
  /** The run (hub start) that wrote it. */
  run: number;
  /** Journal records behind the state: events and commands re-applied, damaged lines skipped. */
  events: number;
  commands: number;
  damaged: number;
  at: number;
  /** Checksum and length of the body (the room state's JSON, the second line). */
  crc: string;
  bytes: number;
}

export interface Checkpoint { meta: CheckpointMeta; state: unknown; path: string }

/** Two slots, written in turn, so a damaged newest one still leaves the previous one. */
export function checkpointPaths(journalPath: string): [string, string] {
  const base = journalPath.replace(/\.journal\.jsonl$/, '');
  return [`${base}.checkpoint-a.json`, `${base}.checkpoint-b.json`];
}

export function encodeCheckpoint(meta: Omit<CheckpointMeta, 'k' | 'v' | 'crc' | 'bytes'>, state: unknown): string {
  const body = JSON.stringify(state);
  const full: CheckpointMeta = { k: 'checkpoint', v: CHECKPOINT_VERSION, ...meta, crc: checksum(body), bytes: Buffer.byteLength(body) };
  return `${JSON.stringify(full)}\n${body}\n`;
}

/** A meta line this version reads: a checkpoint of this version with a usable journal offset. */
const validMeta = (meta: CheckpointMeta | null): boolean =>
  meta?.k === 'checkpoint' && meta.v === CHECKPOINT_VERSION && Number.isSafeInteger(meta.offset) && meta.offset >= 0;

/** Parse and verify one checkpoint file; null when it is missing, damaged or of another version. */
export function readCheckpoint(path: string): Checkpoint | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  try {
    const meta = JSON.parse(text.slice(0, nl)) as CheckpointMeta;
    if (!validMeta(meta)) return null;
    const body = text.slice(nl + 1).replace(/\n$/, '');
    if (Buffer.byteLength(body) !== meta.bytes || checksum(body) !== meta.crc) return null;
    return { meta, state: JSON.parse(body) as unknown, path };
  } catch {
    return null;
  }
}

const META_MAX = 64 * 1024;

/** Just the first line (the meta) of a checkpoint file, unverified; null when missing or unreadable. */
export function readCheckpointMeta(path: string): CheckpointMeta | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const buf = Buffer.allocUnsafe(META_MAX);
    const n = readSync(fd, buf, 0, META_MAX, 0);
    const nl = buf.subarray(0, n).indexOf(0x0a);
    if (nl < 0) return null;
    const meta = JSON.parse(buf.toString('utf8', 0, nl)) as CheckpointMeta;
    return validMeta(meta) ? meta : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Valid checkpoints of a journal, newest (largest offset) first, read and verified one at a time:
 * the slots are ordered by their meta lines alone, so a restart that stops at the first usable one
 * reads and checksums only the newest slot (the older one only when the newest is damaged or
 * refused). `accept`: a check on the meta before the body is read.
 */
export function* checkpointsOf(journalPath: string, accept: (meta: CheckpointMeta) => boolean = () => true): Generator<Checkpoint> {
  const slots = checkpointPaths(journalPath).map((path) => ({ path, meta: readCheckpointMeta(path) }))
    .filter((s): s is { path: string; meta: CheckpointMeta } => s.meta !== null && accept(s.meta))
    .sort((a, b) => b.meta.offset - a.meta.offset || b.meta.at - a.meta.at);
  for (const s of slots) {
    const cp = readCheckpoint(s.path);
    if (cp && accept(cp.meta)) yield cp;
  }
}

export function removeCheckpoints(journalPath: string): void {
  for (const p of checkpointPaths(journalPath)) if (existsSync(p)) rmSync(p, { force: true });
}

export const writeCheckpoint = (path: string, data: string): Promise<void> => writeFileAtomic(path, data);

/**
 * The synchronous twin of writeFileAtomic (documents/atomicWrite.ts), for the checkpoint written
 * while the hub stops (its close() is synchronous): temp file, fsync, rename, fsync the folder.
 */
export function writeCheckpointSync(path: string, data: string): void {
  const dir = dirname(path);
  const tmp = join(dir, `${TEMP_PREFIX}${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    const buf = Buffer.from(data);
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  try {
    const d = openSync(dir, 'r');
    try { fsyncSync(d); } finally { closeSync(d); }
  } catch { /* not possible on some platforms; the rename is still atomic */ }
}
