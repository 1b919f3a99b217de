import { join } from 'node:path';
import type { HubOptions } from '../hubContract';
import type { Broadcaster } from '../broadcaster';
import type { IngestDoor } from '../ingest/ingestHttp';
import { watchStorage, type StorageExtras } from '../journal/storageHealth';
import type { SessionJournal } from '../journal/session';
import type { Room } from '../room/room';
import type { SourceManager } from '../sources/manager';
import { createSourceControl, type SourceControl } from '../sources/sourceControl';
import { openSourceStore, type SourceStore } from '../sources/sourceStore';
import { chooseSource, wireSource } from '../sources/wire';

export interface HubSources {
  sources: SourceManager;
  /** The sources page: add, start, stop (saved in the data folder). */
  sourceControl: SourceControl;
  sourceStore: SourceStore;
  stopStorageWatch: () => void;
}

/** What feeds the room: the hub's own source (simulated by default), the ingest door's, and those the sources page adds. */
export function wireSources(
  opts: Pick<HubOptions, 'source' | 'seed' | 'preset' | 'stallMs' | 'ingest' | 'tiktokClient'>,
  deps: { room: Room; roomId: string; journal: SessionJournal | null; broadcaster: Broadcaster; ingest: IngestDoor; ingestUrl: () => string; dataDir: string; now: () => number;
    /** Told to clients beside the journal's health: the recording's losses, where credentials are kept. */
    storageExtras?: StorageExtras },
): HubSources {
  const { room, roomId, journal, broadcaster, dataDir, now } = deps;
  const source = chooseSource(opts.source, { seed: opts.seed ?? 1, preset: opts.preset ?? 'medium', roomId, room, now, run: journal?.run ?? 1 });
  const sources = wireSource(source, room, now, broadcaster.flushSoon, { stallMs: opts.stallMs });
  const stopStorageWatch = watchStorage(room, () => journal?.status() ?? null, broadcaster.flushSoon, 1000, deps.storageExtras);
  sources.add('ingest', deps.ingest.source, opts.ingest?.start === true);
  const sourceStore = openSourceStore(dataDir, now);
  const sourceControl = createSourceControl({
    manager: sources, store: sourceStore, ingestUrl: deps.ingestUrl,
    spec: { recordingsDir: join(dataDir, 'recordings'), roomId, now, ...(opts.tiktokClient ? { tiktokClient: opts.tiktokClient } : {}) },
  });
  return { sources, sourceControl, sourceStore, stopStorageWatch };
}
