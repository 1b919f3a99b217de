import { documentRoutes } from './documents/documents.routes';
import type { RouteHandlers } from './http/route';
import { importRoutes } from './import/import.routes';
import type { Room } from './room/room';
import { reviewRoutes } from './review.routes';
import { PastSessions } from './review/pastSessions';
import { loadSampleShow } from './sampleShow';
import { sourceRoutes, type SourceControl } from './sources/sources.routes';
import { sessionRoutes } from './http/session.routes';
import { credentialRoutes } from './auth/credentials.routes';
import type { CredentialLinks } from './auth/credentialLinks';
import { recordingRoutes } from './recordings/recordings.routes';
import { webhookRoutes } from './events/webhooks/webhooks.routes';
import type { Webhooks } from './events/webhooks/webhooks';
import { actionRoutes } from './actions/actions.routes';
import type { ActionDesk } from './actions/actionDesk';

/** The hub's whole /api table: one handler for every route of shared/protocol/http.ts. */
export function hubRoutes(opts: {
  dataDir: string; room: Room; now: () => number; sources: SourceControl; credentials: CredentialLinks; webhooks: Webhooks; actions: ActionDesk;
  /** Files of the running session (journal, recording): the 复盘's past-session list leaves them out. */
  currentFiles?: () => readonly string[];
}): RouteHandlers {
  const past = new PastSessions({ dataDir: opts.dataDir, currentFiles: opts.currentFiles ?? (() => []), recordingShow: loadSampleShow });
  return {
    ...documentRoutes(opts), ...importRoutes(), ...reviewRoutes(opts.room, opts.now, past), ...sourceRoutes(opts.sources), ...sessionRoutes(),
    ...credentialRoutes(opts.credentials), ...recordingRoutes(opts.room), ...webhookRoutes(opts.webhooks), ...actionRoutes(opts.actions),
  } satisfies RouteHandlers;
}
