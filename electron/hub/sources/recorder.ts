import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { finished, type Writable } from 'node:stream';
import { constants, createGzip, type Gzip } from 'node:zlib';
import type { LiveEvent } from '../../../shared/protocol/events';
import { isGzipName } from '../recordings/recordingFile';
import type { Room } from '../room/room';

export interface Recorder {
  readonly file: string;
  /** Events written so far. */
  readonly count: number;
  /** Events left out of the recording because the disk fell behind (or failed); the journal still has them. */
  readonly dropped: number;
  close(): Promise<void>;
}

export interface RecorderOptions {
  /** Bytes waiting to be compressed/written above which events are dropped from the recording (default 8 MiB). */
  maxBufferedBytes?: number;
  /** How often a .gz recording is flushed (Z_SYNC_FLUSH) so a crash loses at most this much (default 2 s). */
  flushMs?: number;
}

const MAX_BUFFERED = 8 * 1024 * 1024;
const FLUSH_MS = 2000;

/** `<dataDir>/recordings/<roomId>-<UTC time>.jsonl.gz`. */
export function defaultRecordingFile(dataDir: string, roomId: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  return join(dataDir, 'recordings', `${roomId}-${stamp}.jsonl.gz`);
}

/**
 * Records every event the room accepted (from any source, duplicates already dropped) as JSON
 * lines — the format `livedeck replay` plays — gzip-compressed when the file name ends `.gz`
 * (flushed every few seconds, so a crash leaves a file readable up to its last flush; see
 * recordings/recordingFile.ts). Hooks the room's input after whatever already listens (the
 * journal); events re-applied from the journal on restart are not recorded twice.
 *
 * Memory is bounded: when the disk does not keep up (more than maxBufferedBytes waiting) or the
 * file failed, events are left out of the recording and counted in `dropped` (said once on
 * stderr). The journal, not the recording, is what a restart needs.
 */
export function recordRoom(room: Room, file: string, opts: RecorderOptions = {}): Recorder {
  const maxBuffered = opts.maxBufferedBytes ?? MAX_BUFFERED;
  mkdirSync(dirname(file), { recursive: true });
  const out: WriteStream = createWriteStream(file, { flags: 'a' });
  let failed = false;
  const fail = (err: Error) => {
    if (!failed) console.error(`[hub] recording ${file} failed:`, err.message);
    failed = true;
  };
  out.on('error', fail);
  let zip: Gzip | null = null;
  let sink: Writable = out;
  let timer: NodeJS.Timeout | null = null;
  if (isGzipName(file)) {
    const z = createGzip({ level: 6 });
    z.on('error', fail);
    z.pipe(out);
    zip = z;
    sink = z;
    timer = setInterval(() => { if (!failed && !z.writableEnded) z.flush(constants.Z_SYNC_FLUSH); }, opts.flushMs ?? FLUSH_MS);
    timer.unref?.();
  }
  const buffered = () => sink.writableLength + (zip ? zip.readableLength + out.writableLength : 0);
  let count = 0;
  let dropped = 0;
  const before = room.onInput;
  room.onInput = (input) => {
    before?.(input);
    if (input.kind !== 'events') return;
    if (failed || buffered() > maxBuffered) {
      if (dropped === 0 && !failed) console.error(`[hub] recording ${file}: the disk is not keeping up; events are left out of the recording (the journal keeps them)`);
      dropped += input.events.length;
      return;
    }
    count += input.events.length;
    sink.write(input.events.map((e: LiveEvent) => JSON.stringify(e)).join('\n') + '\n');
  };
  return {
    file,
    get count() { return count; },
    get dropped() { return dropped; },
    close: () => new Promise<void>((resolve) => {
      if (room.onInput) room.onInput = before;
      if (timer) clearInterval(timer);
      if (failed) { out.destroy(); resolve(); return; }
      finished(out, () => resolve());
      sink.end();
    }),
  };
}

/** The default recording: a folder that cannot be made costs the recording (said on stderr), never the hub. */
export function recordRoomOrWarn(room: Room, file: string): Recorder | null {
  try {
    return recordRoom(room, file);
  } catch (e) {
    console.error(`[hub] not recording this session: cannot create ${dirname(file)} (${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
}
