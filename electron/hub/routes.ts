import { documentRoutes } from './documents/documents.routes';
import type { Route } from './http/route';
import { importRoutes } from './import/import.routes';

/** The hub's document and catalog-import API under /api (review routes need the room: hub.ts). */
export function hubRoutes(opts: { dataDir: string }): Route[] {
  return [...documentRoutes(opts), ...importRoutes()];
}
