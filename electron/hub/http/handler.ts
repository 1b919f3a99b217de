import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApi, createDispatcher, send, type Authenticate, type Misfit } from './api';
import { securityHeaders, trustedHost } from './headers';
import { HANDOFF_PATH } from '../../../shared/protocol/handoff';
import { serveHandoff, type Handoffs } from './handoff';
import type { ExtraRoute, RouteHandlers } from './route';
import { serveStatic } from './static';

export interface HttpDeps {
  /** Every route of the contract (shared/protocol/http.ts). */
  routes: RouteHandlers;
  /** Routes outside the contract (HubOptions.routes). */
  extraRoutes?: readonly ExtraRoute[];
  /** Credential (header or `?token=`) and address → the UI role it opens, or null (the hub throttles wrong ones). */
  authenticate: Authenticate;
  /** A valid credential that opens no /api route (overlay: 403 read_only; ingest, control: 403); not throttled. */
  misfit?: Misfit;
  /** The /healthz body for a caller holding a credential (others learn only `{ ok: true }`). */
  health(): unknown;
  /** The built renderer. */
  staticDir: string;
  /** One-time "open in browser" codes (GET /handoff?code=; handoff.ts). */
  handoffs?: Handoffs;
  /** Where a failure the boundary caught is reported (default console.error). */
  log?: (message: string, err: unknown) => void;
}

/**
 * The hub's HTTP request handler: /healthz, /api (the contract), the renderer's files; security
 * headers and CSP on every response. One error boundary holds each request — reading, parsing
 * and handling — so no request, however cut off or malformed, reaches the process.
 */
export function createHttpHandler(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const log = deps.log ?? ((m: string, e: unknown) => console.error(m, e));
  const api = createApi(createDispatcher(deps.routes, deps.extraRoutes), deps.authenticate, deps.misfit);
  const fail = (req: IncomingMessage, res: ServerResponse, err: unknown) => {
    log(`[hub] ${req.method ?? '?'} ${(req.url ?? '').split('?')[0]} failed:`, err);
    try {
      send(res, { status: 500, json: { ok: false, error: { code: 'internal', message: 'internal error' } } }, securityHeaders(req));
    } catch {
      res.destroy();
    }
  };
  return (req, res) => {
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    try {
      const headers = securityHeaders(req);
      const url = new URL(req.url ?? '/', 'http://hub.invalid');
      const guarded = url.pathname === '/healthz' || url.pathname.startsWith('/api/');
      if (guarded && !trustedHost(req)) return send(res, { status: 421, contentType: 'text/plain; charset=utf-8', body: 'unknown host' }, headers);
      if (url.pathname === '/healthz') return send(res, { status: 200, json: healthFor(req, url) }, headers);
      if (url.pathname === HANDOFF_PATH && deps.handoffs) return serveHandoff(deps.handoffs, req, res, url, headers);
      if (url.pathname.startsWith('/api/')) {
        api(req, res, url, headers).catch((err: unknown) => fail(req, res, err));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, { status: 405, body: 'method not allowed', contentType: 'text/plain' }, headers);
      if (serveStatic(deps.staticDir, req, res, headers)) return;
      if (url.pathname === '/' || url.pathname === '/index.html') {
        return send(res, { status: 503, contentType: 'text/plain; charset=utf-8', body: 'LiveDeck: the renderer is not built. Run `npm run build`.\n界面尚未构建，请运行 npm run build。' }, headers);
      }
      send(res, { status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' }, headers);
    } catch (err) {
      fail(req, res, err);
    }
  };

  /** Liveness for anyone; the figures only for a caller with a credential (a wrong one counts against the throttle). */
  function healthFor(req: IncomingMessage, url: URL): unknown {
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : (url.searchParams.get('token') ?? '');
    if (token && deps.authenticate(token, req.socket.remoteAddress)) return deps.health();
    return { ok: true };
  }
}
