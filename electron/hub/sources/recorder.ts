import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { Room } from '../room/room';

export interface Recorder {
  readonly file: string;
  /** Events written so far. */
  readonly count: number;
  close(): Promise<void>;
}

/** `<dataDir>/recordings/<roomId>-<UTC time>.jsonl`. */
export function defaultRecordingFile(dataDir: string, roomId: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  return join(dataDir, 'recordings', `${roomId}-${stamp}.jsonl`);
}

/**
 * Records every event the room accepted (from any source, duplicates already dropped) as JSON
 * lines — the format `livedeck replay` plays. Hooks the room's input after whatever already listens
 * (the journal); events re-applied from the journal on restart are not recorded twice.
 */
export function recordRoom(room: Room, file: string): Recorder {
  mkdirSync(dirname(file), { recursive: true });
  const out: WriteStream = createWriteStream(file, { flags: 'a', encoding: 'utf8' });
  out.on('error', (err) => console.error(`[hub] recording ${file} failed:`, err.message));
  let count = 0;
  const before = room.onInput;
  room.onInput = (input) => {
    before?.(input);
    if (input.kind !== 'events') return;
    count += input.events.length;
    out.write(input.events.map((e: LiveEvent) => JSON.stringify(e)).join('\n') + '\n');
  };
  return {
    file,
    get count() { return count; },
    close: () => new Promise<void>((resolve) => {
      if (room.onInput) room.onInput = before;
      out.end(() => resolve());
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
