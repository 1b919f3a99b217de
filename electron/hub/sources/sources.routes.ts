import type { SourceHealth } from '../../../shared/protocol/source';
import { apiError, type RouteHandlers } from '../http/route';

/** What the sources page may do with the room's sources (the hub's SourceManager, and its ingest URL). */
export interface SourceControl {
  list(): SourceHealth[];
  start(id: string): boolean;
  stop(id: string): boolean;
  ingestUrl(): string;
}

/** GET /api/sources and POST /api/sources/:id/start|stop (the producer's sources page). */
export function sourceRoutes(control: SourceControl): RouteHandlers<'listSources' | 'controlSource'> {
  return {
    listSources: () => ({ status: 200, json: { ok: true, sources: control.list(), ingestUrl: control.ingestUrl() } }),
    controlSource: ({ params }) => {
      if (params.action !== 'start' && params.action !== 'stop') return apiError(400, 'invalid', `unknown action ${params.action}`);
      if (!control.list().some((s) => s.id === params.id)) return apiError(404, 'not_found', '没有这个数据源 / no such source');
      const done = params.action === 'start' ? control.start(params.id) : control.stop(params.id);
      if (!done) return apiError(409, 'sim_blocked', '已有真实数据源，模拟器不混入 / a real source feeds the room: the simulator stays out');
      return { status: 200, json: { ok: true, sources: control.list() } };
    },
  } satisfies RouteHandlers<'listSources' | 'controlSource'>;
}
