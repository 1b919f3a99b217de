import { z } from 'zod';
import { ShowDocument } from '../../../shared/protocol/document';
import type { ApiRequest, ApiResponse, Route } from '../http/route';
import { apiError } from '../http/route';
import { AutosaveStore } from './autosave';
import { DocumentStore } from './documentStore';
import { buildXlsx, ExportRequest } from './exportXlsx';
import { RecentList } from './recent';

const MAX_DOC_BYTES = 16 * 1024 * 1024;
const READERS = ['assistant', 'producer'] as const;
const WRITERS = ['producer'] as const;

const SaveBody = z.object({
  doc: ShowDocument,
  mode: z.enum(['save', 'saveAs']).default('save'),
  overwrite: z.boolean().default(false),
  expectedSavedAt: z.number().int().min(0).optional(),
});
const DraftBody = z.object({ doc: ShowDocument });

function jsonBody<T>(req: ApiRequest, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; res: ApiResponse } {
  let raw: unknown;
  try {
    raw = JSON.parse(req.body.toString('utf8'));
  } catch {
    return { ok: false, res: apiError(400, 'invalid', '请求不是有效的 JSON / body is not valid JSON') };
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    return { ok: false, res: apiError(400, 'invalid', `文档无效：${path} ${issue?.message ?? ''} / invalid document at ${path}`, { path }) };
  }
  return { ok: true, value: r.data };
}

const SAVE_STATUS = { bad_name: 400, exists: 409, invalid_on_disk: 409, read_only: 409, changed_on_disk: 409 } as const;

/**
 * Document routes under /api (producer writes; assistant may read):
 *   GET    /api/documents                → { ok, files: DocumentInfo[] }
 *   GET    /api/documents/recent         → { ok, recent: RecentEntry[] }
 *   GET    /api/documents/:name          → { ok, name, doc, readOnly, fileVersion, migratedFrom? } | 404/422 { ok:false, error:{code,message,path} }
 *   PUT    /api/documents/:name          body { doc, mode?: 'save'|'saveAs', overwrite?, expectedSavedAt? } → { ok, name, savedAt } | 409 { error.code: exists|invalid_on_disk|read_only|changed_on_disk }
 *   GET    /api/autosave                 → { ok, drafts: RecoverableDraft[] }
 *   GET    /api/autosave/:key            → { ok, doc }
 *   PUT    /api/autosave/:key            body { doc } → { ok, key, savedAt }
 *   DELETE /api/autosave/:key            → { ok }
 *   POST   /api/export/xlsx              body ExportRequest → the .xlsx file
 */
export function documentRoutes(opts: { dataDir: string }): Route[] {
  const store = new DocumentStore(opts.dataDir);
  const autosave = new AutosaveStore(opts.dataDir, store);
  const recent = new RecentList(opts.dataDir);
  void store.cleanupTemp().catch(() => undefined);

  return [
    {
      method: 'GET', path: '/api/documents', roles: READERS,
      async handle() { return { status: 200, json: { ok: true, files: await store.list() } }; },
    },
    {
      method: 'GET', path: '/api/documents/recent', roles: READERS,
      async handle() {
        const files = new Set((await store.list()).map((f) => f.name));
        return { status: 200, json: { ok: true, recent: (await recent.list()).filter((e) => files.has(e.name)) } };
      },
    },
    {
      method: 'GET', path: '/api/documents/:name', roles: READERS,
      async handle(req) {
        const r = await store.open(req.params.name ?? '');
        if (!r.ok) {
          const status = r.code === 'not_found' ? 404 : r.code === 'bad_name' ? 400 : 422;
          return apiError(status, r.code, r.error.message, { path: r.error.path });
        }
        if (req.role === 'producer') await recent.touch(r.name, r.doc.show.title).catch(() => undefined);
        return { status: 200, json: r };
      },
    },
    {
      method: 'PUT', path: '/api/documents/:name', roles: WRITERS, maxBodyBytes: MAX_DOC_BYTES,
      async handle(req) {
        const body = jsonBody(req, SaveBody);
        if (!body.ok) return body.res;
        const { doc, mode, overwrite, expectedSavedAt } = body.value;
        const r = await store.save(req.params.name ?? '', doc, { mode, overwrite, ...(expectedSavedAt !== undefined ? { expectedSavedAt } : {}) });
        if (!r.ok) return apiError(SAVE_STATUS[r.code], r.code, r.message, r.currentSavedAt !== undefined ? { currentSavedAt: r.currentSavedAt } : {});
        await autosave.discard(r.name).catch(() => undefined);
        await recent.touch(r.name, doc.show.title).catch(() => undefined);
        return { status: 200, json: r };
      },
    },
    {
      method: 'GET', path: '/api/autosave', roles: WRITERS,
      async handle() { return { status: 200, json: { ok: true, drafts: await autosave.listRecoverable() } }; },
    },
    {
      method: 'GET', path: '/api/autosave/:key', roles: WRITERS,
      async handle(req) {
        const doc = await autosave.read(req.params.key ?? '');
        return doc ? { status: 200, json: { ok: true, doc } } : apiError(404, 'not_found', '没有这个草稿 / no such draft');
      },
    },
    {
      method: 'PUT', path: '/api/autosave/:key', roles: WRITERS, maxBodyBytes: MAX_DOC_BYTES,
      async handle(req) {
        const body = jsonBody(req, DraftBody);
        if (!body.ok) return body.res;
        const r = await autosave.write(req.params.key ?? '', body.value.doc);
        return r.ok ? { status: 200, json: r } : apiError(400, 'bad_name', '草稿名无效 / invalid draft key');
      },
    },
    {
      method: 'DELETE', path: '/api/autosave/:key', roles: WRITERS,
      async handle(req) {
        await autosave.discard(req.params.key ?? '');
        return { status: 200, json: { ok: true } };
      },
    },
    {
      method: 'POST', path: '/api/export/xlsx', roles: READERS, maxBodyBytes: MAX_DOC_BYTES,
      async handle(req) {
        const body = jsonBody(req, ExportRequest);
        if (!body.ok) return body.res;
        const buf = await buildXlsx(body.value);
        const file = `${body.value.title || 'run-of-show'}.xlsx`;
        return {
          status: 200,
          body: buf,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          headers: { 'content-disposition': `attachment; filename="run-of-show.xlsx"; filename*=UTF-8''${encodeURIComponent(file)}` },
        };
      },
    },
  ];
}
