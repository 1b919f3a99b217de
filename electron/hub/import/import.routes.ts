import { ImportMapping } from '../../../shared/protocol/catalogImport';
import { IMPORT_HEADERS } from '../../../shared/protocol/http';
import type { ApiRequest, RouteHandlers, RouteResult } from '../http/route';
import { apiError } from '../http/route';
import type { ImportFileErrorCode } from '../../../shared/protocol/catalogImport';
import { importInWorker } from '../workers/importJob';
import { JobLane } from '../workers/runJob';

function header(req: ApiRequest, name: string): string | undefined {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  if (s === undefined || s === '') return undefined;
  try { return decodeURIComponent(s); } catch { return s; }
}

/**
 * The ImportResult as the worker serialized it (JSON bytes, already the contract's reply): sent
 * untouched — parsing and re-serializing a 100,000-row result here would block the live loop.
 */
const importResultBytes = (bytes: Uint8Array): RouteResult<'importCatalog'> =>
  ({ status: 200, body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType: 'application/json; charset=utf-8' }) as unknown as RouteResult<'importCatalog'>;

const STATUS: Record<ImportFileErrorCode, number> = {
  not_found: 404, unreadable: 422, unsupported: 415, corrupt: 422, too_large: 413, empty: 422,
  unzipped_too_large: 413, too_many_rows: 413, too_many_cells: 413,
  busy: 429, timeout: 422, worker_out_of_memory: 422, worker_failed: 500, reply_too_large: 422, reply_invalid: 500,
};

/**
 * POST /api/import — body: the raw file; headers (IMPORT_HEADERS): `x-filename` (URI-encoded),
 * optional `x-import-sheet` (URI-encoded worksheet name) and `x-import-mapping` (URI-encoded JSON
 * ImportMapping from the mapping step). Answers ImportResult, or `{ok:false,error}` when the
 * file cannot be read at all. Parsing runs in the hub's job worker (electron/hub/workers/) under
 * a memory cap and a time limit, never on the hub's event loop; one import at a time per hub —
 * a second one while it runs is refused with `busy` (429). The client shows real upload progress
 * and then a short "parsing" state instead of a chunked protocol.
 */
export function importRoutes(): RouteHandlers<'importCatalog'> {
  const lane = new JobLane();
  return {
    async importCatalog(req) {
      let mapping: ImportMapping | undefined;
      const rawMapping = header(req, IMPORT_HEADERS.mapping);
      if (rawMapping) {
        let parsed: unknown;
        try { parsed = JSON.parse(rawMapping); } catch { parsed = null; }
        const m = ImportMapping.safeParse(parsed);
        if (!m.success) return apiError(400, 'invalid', '列映射格式无效 / invalid column mapping');
        mapping = m.data;
      }
      const filename = header(req, IMPORT_HEADERS.filename);
      const sheet = header(req, IMPORT_HEADERS.sheet);
      const out = await lane.run(() => importInWorker(req.body, {
        ...(filename ? { filename } : {}), ...(mapping ? { mapping } : {}), ...(sheet ? { sheet } : {}),
      }));
      if (out.ok) return importResultBytes(out.value);
      const code = out.code as ImportFileErrorCode;
      return apiError(STATUS[code] ?? 500, code, out.message);
    },
  } satisfies RouteHandlers<'importCatalog'>;
}
