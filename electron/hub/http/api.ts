import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { Role } from '../../../shared/protocol/common';
import { HTTP_API, type BodySpec, type HttpRouteKey } from '../../../shared/protocol/http';
import type { ApiResponse, ExtraRoute, RouteHandler, RouteHandlers } from './route';
import { apiError } from './route';
import { readBody, type BodyResult } from './body';
import { validateJsonBody } from './validateJson';
import { actingRole, type CredentialKind } from '../auth/credentials';

const DEFAULT_MAX_BODY = 1 << 20;

/** One request as the dispatcher sees it: the token is checked, the role parsed; the body not yet read. */
export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  role: Role;
  readBody(maxBytes: number): Promise<BodyResult>;
}

interface CompiledRoute {
  method: string;
  parts: string[];
  roles: readonly Role[];
  maxBodyBytes: number;
  body: BodySpec | 'raw';
  handle(req: { method: string; path: string; params: Record<string, string>; query: URLSearchParams; headers: IncomingHttpHeaders; body: unknown; role: Role }): Promise<ApiResponse> | ApiResponse;
}

function matchPath(parts: string[], path: string): Record<string, string> | null {
  const segs = path.split('/').filter(Boolean);
  if (segs.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const s = segs[i]!;
    if (p.startsWith(':')) {
      try { params[p.slice(1)] = decodeURIComponent(s); } catch { return null; }
    } else if (p !== s) return null;
  }
  return params;
}

/** The body route K's handler gets, or the 400 that refuses it (bad JSON, or not what the contract says). */
function decodeBody(spec: BodySpec | 'raw', raw: Buffer): { ok: true; value: unknown } | { ok: false; res: ApiResponse } {
  if (spec === 'none') return { ok: true, value: undefined };
  if (spec === 'binary' || spec === 'raw') return { ok: true, value: raw };
  const r = validateJsonBody(spec, raw);
  return r.ok ? r : { ok: false, res: apiError(400, r.code, r.message, r.path === undefined ? {} : { path: r.path }) };
}

/**
 * Routes /api calls to the handlers of the contract (shared/protocol/http.ts), in contract order,
 * then to extra routes: path and method match, role check, body limit, body validation, errors
 * as JSON. The hub passes its full table; tests may pass part of it.
 */
export function createDispatcher(handlers: Partial<RouteHandlers>, extras: readonly ExtraRoute[] = []) {
  const compiled: CompiledRoute[] = [];
  for (const key of Object.keys(HTTP_API) as HttpRouteKey[]) {
    const handle = handlers[key] as RouteHandler<HttpRouteKey> | undefined;
    if (!handle) continue;
    const spec = HTTP_API[key];
    compiled.push({
      method: spec.method, parts: spec.path.split('/').filter(Boolean), roles: spec.roles,
      body: 'validateIn' in spec && spec.validateIn === 'handler' ? 'raw' : spec.body,
      maxBodyBytes: 'maxBodyBytes' in spec ? spec.maxBodyBytes : DEFAULT_MAX_BODY,
      handle: handle as CompiledRoute['handle'],
    });
  }
  for (const route of extras) {
    compiled.push({
      method: route.method, parts: route.path.split('/').filter(Boolean), roles: route.roles, body: 'raw',
      maxBodyBytes: route.maxBodyBytes ?? DEFAULT_MAX_BODY, handle: route.handle as CompiledRoute['handle'],
    });
  }
  return async function dispatch(call: ApiCall): Promise<ApiResponse> {
    let methodMismatch = false;
    for (const route of compiled) {
      const params = matchPath(route.parts, call.path);
      if (!params) continue;
      if (route.method !== call.method) { methodMismatch = true; continue; }
      if (!route.roles.includes(call.role)) return apiError(403, 'forbidden', `角色「${call.role}」无权访问 / role not allowed`);
      const raw = call.method === 'GET' || call.method === 'DELETE' ? Buffer.alloc(0) : await call.readBody(route.maxBodyBytes);
      if (raw === 'too_large') return apiError(413, 'too_large', '文件太大 / request body too large');
      if (raw === 'aborted' || raw === 'timeout') return apiError(408, raw, '上传中断或超时 / request body cut off or too slow');
      try {
        const body = decodeBody(route.body, raw);
        if (!body.ok) return body.res;
        return await route.handle({ method: call.method, path: call.path, params, query: call.query, headers: call.headers, body: body.value, role: call.role });
      } catch (err) {
        console.error(`[hub] ${call.method} ${call.path} failed:`, err);
        return apiError(500, 'internal', '服务器内部错误 / internal error');
      }
    }
    return methodMismatch ? apiError(405, 'method', 'method not allowed') : apiError(404, 'not_found', 'no such API');
  };
}

export function send(res: ServerResponse, r: ApiResponse, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const body = r.json !== undefined ? JSON.stringify(r.json) : (r.body ?? '');
  res.writeHead(r.status, {
    ...headers,
    'content-type': r.json !== undefined ? 'application/json; charset=utf-8' : (r.contentType ?? 'application/octet-stream'),
    'cache-control': 'no-store',
    ...(typeof body !== 'string' ? { 'content-length': String(body.byteLength) } : {}),
    ...r.headers,
  });
  if (typeof body !== 'string' && body.byteLength > WRITE_SLICE) writeInSlices(res, body);
  else res.end(body);
}

/** Big reply bodies (an import result, an XLSX) go to the socket a slice per drain, not in one long write. */
const WRITE_SLICE = 512 * 1024;
function writeInSlices(res: ServerResponse, body: Uint8Array): void {
  let at = 0;
  const next = (): void => {
    if (res.destroyed) return;
    const slice = body.subarray(at, at + WRITE_SLICE);
    at += slice.byteLength;
    if (at >= body.byteLength) res.end(slice);
    else if (res.write(slice)) setImmediate(next);
    else res.once('drain', next);
  };
  next();
}

/** Who a credential is (the hub's registry): the UI role it opens, or null. */
export type Authenticate = (token: string, address: string | undefined) => Role | null;
/** The kind of a valid credential that does not open /api (overlay, ingest, control), or null. */
export type Misfit = (token: string) => CredentialKind | null;

/**
 * Node adapter for /api: credential check (header or `?token=`), then the dispatcher. The role is
 * the credential's; `x-livedeck-role` may only narrow it (never raise it, and there is no default).
 */
export function createApi(dispatch: (call: ApiCall) => Promise<ApiResponse>, authenticate: Authenticate, misfit: Misfit = () => null) {
  return async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, headers: Record<string, string>): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : (url.searchParams.get('token') ?? '');
    const granted = authenticate(token, req.socket.remoteAddress);
    const other = granted ? null : misfit(token);
    // An overlay token reads the overlay feed only (issue 17); ingest and control tokens have their own doors.
    if (other === 'overlay') return send(res, apiError(403, 'read_only', '叠加层令牌只读，不能访问接口 / an overlay token is read-only and opens no API'), headers);
    if (other) return send(res, apiError(403, 'wrong_credential', `此${other}令牌不能访问该接口 / a ${other} token does not open this API`), headers);
    if (!granted) return send(res, apiError(401, 'unauthorized', '访问口令无效 / invalid access token'), headers);
    const header = req.headers['x-livedeck-role'];
    const declared = header === undefined ? undefined : Role.safeParse(header);
    if (declared && !declared.success) return send(res, apiError(400, 'invalid', '未知角色 / unknown role'), headers);
    const role = actingRole(granted, declared?.data);
    if (!role) return send(res, apiError(403, 'forbidden', `此口令属于「${granted}」，不能以「${declared?.data ?? ''}」访问 / credential does not open that role`), headers);
    const r = await dispatch({
      method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, role,
      readBody: (max) => readBody(req, max),
    });
    send(res, r, headers);
  };
}
