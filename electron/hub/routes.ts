import type { Route } from './http/route';

/** All HTTP API routes of the hub (documents, catalog import…), wired in one place. */
export function hubRoutes(_opts: { dataDir: string }): Route[] {
  return [];
}
