import { documentRoutes } from './documents/documents.routes';
import type { RouteHandlers } from './http/route';
import { importRoutes } from './import/import.routes';
import type { Room } from './room/room';
import { reviewRoutes } from './review.routes';
import { sourceRoutes, type SourceControl } from './sources/sources.routes';
import { sessionRoutes } from './http/session.routes';
import { actionRoutes } from './actions/actions.routes';
import type { ActionDesk } from './actions/actionDesk';

/** The hub's whole /api table: one handler for every route of shared/protocol/http.ts. */
export function hubRoutes(opts: { dataDir: string; room: Room; now: () => number; sources: SourceControl; actions: ActionDesk }): RouteHandlers {
  return { ...documentRoutes(opts), ...importRoutes(), ...reviewRoutes(opts.room, opts.now), ...sourceRoutes(opts.sources), ...sessionRoutes(), ...actionRoutes(opts.actions) } satisfies RouteHandlers;
}
