import type { RouteHandlers } from '../http/route';
import { apiError } from '../http/route';
import { AutosaveStore } from './autosave';
import { DocumentStore } from './documentStore';
import { exportXlsxInWorker } from '../workers/exportJob';
import { JobLane } from '../workers/runJob';
import { RecentList } from './recent';

const EXPORT_STATUS: Record<string, number> = { invalid: 400, busy: 429, timeout: 422, worker_out_of_memory: 422, reply_too_large: 422 };
const SAVE_STATUS = { bad_name: 400, exists: 409, invalid_on_disk: 409, read_only: 409, changed_on_disk: 409 } as const;

export type DocumentRouteKey =
  | 'listDocuments' | 'listRecent' | 'openDocument' | 'saveDocument'
  | 'listDrafts' | 'readDraft' | 'writeDraft' | 'discardDraft' | 'exportXlsx';

/**
 * Document routes under /api (producer writes; assistant may read) — paths, roles, bodies and
 * replies are in shared/protocol/http.ts; the hub has validated the body before a handler runs.
 * Open answers 404/422 `{error:{code,message,path}}`; save answers 409 with
 * `error.code: exists|invalid_on_disk|read_only|changed_on_disk`.
 */
export function documentRoutes(opts: { dataDir: string }): RouteHandlers<DocumentRouteKey> {
  const store = new DocumentStore(opts.dataDir);
  const autosave = new AutosaveStore(opts.dataDir, store);
  const recent = new RecentList(opts.dataDir);
  // XLSX exports run in the hub's job worker, one at a time (a second one meanwhile: busy, 429).
  const exports = new JobLane();
  void store.cleanupTemp().catch(() => undefined);

  return {
    async listDocuments() { return { status: 200, json: { ok: true, files: await store.list() } }; },
    async listRecent() {
      const files = new Set((await store.list()).map((f) => f.name));
      return { status: 200, json: { ok: true, recent: (await recent.list()).filter((e) => files.has(e.name)) } };
    },
    async openDocument(req) {
      const r = await store.open(req.params.name);
      if (!r.ok) {
        const status = r.code === 'not_found' ? 404 : r.code === 'bad_name' ? 400 : 422;
        return apiError(status, r.code, r.error.message, { path: r.error.path });
      }
      if (req.role === 'producer') await recent.touch(r.name, r.doc.show.title).catch(() => undefined);
      return { status: 200, json: r };
    },
    async saveDocument(req) {
      const { doc, mode, overwrite, expectedSavedAt } = req.body;
      const r = await store.save(req.params.name, doc, { mode, overwrite, ...(expectedSavedAt !== undefined ? { expectedSavedAt } : {}) });
      if (!r.ok) return apiError(SAVE_STATUS[r.code], r.code, r.message, r.currentSavedAt !== undefined ? { currentSavedAt: r.currentSavedAt } : {});
      await autosave.discard(r.name).catch(() => undefined);
      await recent.touch(r.name, doc.show.title).catch(() => undefined);
      return { status: 200, json: r };
    },
    async listDrafts() { return { status: 200, json: { ok: true, drafts: await autosave.listRecoverable() } }; },
    async readDraft(req) {
      const doc = await autosave.read(req.params.key);
      return doc ? { status: 200, json: { ok: true, doc } } : apiError(404, 'not_found', '没有这个草稿 / no such draft');
    },
    async writeDraft(req) {
      const r = await autosave.write(req.params.key, req.body.doc);
      return r.ok ? { status: 200, json: r } : apiError(400, 'bad_name', '草稿名无效 / invalid draft key');
    },
    async discardDraft(req) {
      await autosave.discard(req.params.key);
      return { status: 200, json: { ok: true } };
    },
    async exportXlsx(req) {
      const out = await exports.run(() => exportXlsxInWorker(req.body));
      if (!out.ok) return apiError(EXPORT_STATUS[out.code] ?? 500, out.code, out.message, out.path === undefined ? {} : { path: out.path });
      const { bytes: buf, title } = out.value;
      const file = `${title || 'run-of-show'}.xlsx`;
      return {
        status: 200,
        body: buf,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        headers: { 'content-disposition': `attachment; filename="run-of-show.xlsx"; filename*=UTF-8''${encodeURIComponent(file)}` },
      };
    },
  } satisfies RouteHandlers<DocumentRouteKey>;
}
