import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApi, createDispatcher, send } from './api';
import { HANDOFF_PATH } from '../../../shared/protocol/handoff';
import { serveHandoff, type Handoffs } from './handoff';
import type { ExtraRoute, RouteHandlers } from './route';
import { serveStatic } from './static';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface HttpDeps {
  /** Every route of the contract (shared/protocol/http.ts). */
  routes: RouteHandlers;
  /** Routes outside the contract (HubOptions.routes). */
  extraRoutes?: readonly ExtraRoute[];
  /** Token (header or `?token=`) and address → admitted (the hub throttles wrong tokens). */
  checkToken(token: string, address: string | undefined): boolean;
  /** The /healthz body, read on each request. */
  health(): unknown;
  /** The built renderer. */
  staticDir: string;
  /** One-time "open in browser" codes (GET /handoff?code=; handoff.ts). */
  handoffs?: Handoffs;
}

/** The hub's HTTP request handler: /healthz, /api (the contract), the renderer's files; security headers. */
export function createHttpHandler(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const api = createApi(createDispatcher(deps.routes, deps.extraRoutes), deps.checkToken);
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    if (url.pathname === '/healthz') return send(res, { status: 200, json: deps.health() }, SECURITY_HEADERS);
    if (url.pathname === HANDOFF_PATH && deps.handoffs) return serveHandoff(deps.handoffs, req, res, url, SECURITY_HEADERS);
    if (url.pathname.startsWith('/api/')) {
      void api(req, res, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, { status: 405, body: 'method not allowed', contentType: 'text/plain' }, SECURITY_HEADERS);
    if (serveStatic(deps.staticDir, req, res, SECURITY_HEADERS)) return;
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(res, { status: 503, contentType: 'text/plain; charset=utf-8', body: 'LiveDeck: the renderer is not built. Run `npm run build`.\n界面尚未构建，请运行 npm run build。' }, SECURITY_HEADERS);
    }
    send(res, { status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' }, SECURITY_HEADERS);
  };
}
