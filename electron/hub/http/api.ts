import type { IncomingMessage, ServerResponse } from 'node:http';
import { Role } from '../../../shared/protocol/common';
import type { ApiResponse, Route } from './route';
import { apiError } from './route';

const DEFAULT_MAX_BODY = 1 << 20;

interface CompiledRoute {
  route: Route;
  parts: string[];
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

function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) { over = true; chunks.length = 0; return; }
      if (!over) chunks.push(c);
    });
    req.on('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, r: ApiResponse, headers: Record<string, string> = {}): void {
  const body = r.json !== undefined ? JSON.stringify(r.json) : (r.body ?? '');
  res.writeHead(r.status, {
    ...headers,
    'content-type': r.json !== undefined ? 'application/json; charset=utf-8' : (r.contentType ?? 'application/octet-stream'),
    'cache-control': 'no-store',
    ...r.headers,
  });
  res.end(body);
}

/** Dispatcher for /api routes: token check, role check, body limit, errors as JSON. */
export function createApi(routes: Route[], checkToken: (token: string, address: string | undefined) => boolean) {
  const compiled: CompiledRoute[] = routes.map((route) => ({ route, parts: route.path.split('/').filter(Boolean) }));
  return async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : (url.searchParams.get('token') ?? '');
    if (!checkToken(token, req.socket.remoteAddress)) return send(res, apiError(401, 'unauthorized', '访问口令无效 / invalid access token'));
    const role = Role.safeParse(req.headers['x-livedeck-role'] ?? 'producer');
    if (!role.success) return send(res, apiError(400, 'invalid', '未知角色 / unknown role'));
    let methodMismatch = false;
    for (const { route, parts } of compiled) {
      const params = matchPath(parts, url.pathname);
      if (!params) continue;
      if (route.method !== req.method) { methodMismatch = true; continue; }
      if (!route.roles.includes(role.data)) return send(res, apiError(403, 'forbidden', `角色「${role.data}」无权访问 / role not allowed`));
      const body = req.method === 'GET' || req.method === 'DELETE' ? Buffer.alloc(0) : await readBody(req, route.maxBodyBytes ?? DEFAULT_MAX_BODY);
      if (body === 'too_large') return send(res, apiError(413, 'too_large', '文件太大 / request body too large'));
      try {
        const r = await route.handle({ method: req.method, path: url.pathname, params, query: url.searchParams, headers: req.headers, body, role: role.data });
        return send(res, r);
      } catch (err) {
        console.error(`[hub] ${req.method} ${url.pathname} failed:`, err);
        return send(res, apiError(500, 'internal', '服务器内部错误 / internal error'));
      }
    }
    return send(res, methodMismatch ? apiError(405, 'method', 'method not allowed') : apiError(404, 'not_found', 'no such API'));
  };
}
