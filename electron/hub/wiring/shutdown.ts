import type { Server as HttpServer } from 'node:http';
import type { CredentialStore } from '../auth/credentialStore';
import type { Broadcaster } from '../broadcaster';
import type { EventStream } from '../events/eventStream';
import type { RoomFeed } from '../events/roomFeed';
import type { Webhooks } from '../events/webhooks/webhooks';
import type { SessionJournal } from '../journal/session';
import type { HubServer } from '../socket/connection';
import type { SourceManager } from '../sources/manager';
import type { Recorder } from '../sources/recorder';
import type { SourceStore } from '../sources/sourceStore';

export interface HubParts {
  sources: SourceManager;
  stopStorageWatch: () => void;
  events: EventStream;
  webhooks: Webhooks;
  broadcaster: Broadcaster;
  io: HubServer;
  httpServer: HttpServer;
  journal: SessionJournal | null;
  feed: RoomFeed;
  recording: Recorder | null;
  sourceStore: SourceStore;
  credentialStore: CredentialStore;
}

/**
 * Hub.close(): once, in order — no new events (sources, storage watch), no new output (streams,
 * webhooks, deltas), HTTP connections then sockets closed, then the journal, feed, recording and
 * saved sources and credentials are finished on disk.
 */
export function hubCloser(p: HubParts): () => Promise<void> {
  let closed = false;
  return async () => {
    if (closed) return;
    closed = true;
    p.sources.close();
    p.stopStorageWatch();
    p.events.close();
    p.webhooks.close();
    p.broadcaster.close();
    // HTTP connections (an event stream, a stalled upload, keep-alive) end now: io.close() waits
    // for the HTTP server to close, which would otherwise wait for each of them to time out.
    // Sockets upgraded to WebSocket are not among them; io.close() ends those.
    p.httpServer.closeAllConnections?.();
    await new Promise<void>((resolve) => p.io.close(() => resolve()));
    p.journal?.close();
    p.feed.close();
    await p.recording?.close();
    await p.sourceStore.flushed();
    await p.credentialStore.flushed();
  };
}
