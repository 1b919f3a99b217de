import { apiError, type ApiErrorResponse, type RouteHandlers } from '../http/route';
import type { SourceRefusal } from '../../../shared/protocol/source';
import type { SourceControl } from './sourceControl';

export type { SourceControl } from './sourceControl';

type SourceRoutes = 'listSources' | 'controlSource' | 'addSource' | 'listRecordings' | 'updateSource' | 'removeSource';

const REFUSALS: Record<SourceRefusal, [number, string]> = {
  exists: [409, '已有同一个数据源 / that source is already listed'],
  not_found: [404, '没有这个数据源 / no such source'],
  builtin: [409, '内置数据源不能删除，可以停止 / a built-in source cannot be removed (stop it instead)'],
  no_recording: [404, '录制文件不在 recordings/ 中 / no such recording in recordings/'],
  sim_blocked: [409, '已有真实数据源，模拟器不混入 / a real source feeds the room: the simulator stays out'],
  not_applicable: [400, '此数据源不需要签名密钥 / this source takes no signing key'],
};
const refused = (code: SourceRefusal): ApiErrorResponse => apiError(REFUSALS[code][0], code, REFUSALS[code][1]);

/** The producer's sources page: list, add, configure, start/stop, remove (GET/POST/PUT/DELETE /api/sources…). */
export function sourceRoutes(control: SourceControl): RouteHandlers<SourceRoutes> {
  const list = () => control.list();
  return {
    listSources: () => ({ status: 200, json: { ok: true, sources: list(), ingestUrl: control.ingestUrl() } }),
    controlSource: ({ params }) => {
      if (params.action !== 'start' && params.action !== 'stop') return apiError(400, 'invalid', `unknown action ${params.action}`);
      if (!list().some((s) => s.id === params.id)) return refused('not_found');
      const done = params.action === 'start' ? control.start(params.id) : control.stop(params.id);
      if (!done) return refused('sim_blocked');
      return { status: 200, json: { ok: true, sources: list() } };
    },
    addSource: ({ body }) => {
      const r = control.add(body);
      return r.ok ? { status: 200, json: { ok: true, id: r.id, sources: list() } } : refused(r.code);
    },
    listRecordings: () => ({ status: 200, json: { ok: true, files: control.recordings() } }),
    updateSource: ({ params, body }) => {
      const r = control.update(params.id, body);
      return r.ok ? { status: 200, json: { ok: true, sources: list() } } : refused(r.code);
    },
    removeSource: ({ params }) => {
      const r = control.remove(params.id);
      return r.ok ? { status: 200, json: { ok: true, sources: list() } } : refused(r.code);
    },
  } satisfies RouteHandlers<SourceRoutes>;
}
