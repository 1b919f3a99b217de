import type { IncomingMessage, ServerResponse } from 'node:http';
import { liveEventJsonSchema } from '../../../shared/protocol/events';
import { INGEST_API, INGEST_MAX_BYTES } from '../../../shared/protocol/http';
import { send } from '../http/api';
import { readBody } from '../http/body';
import { apiError } from '../http/route';
import { parseNdjson } from './ingestBatch';
import { ingestBatch } from './ingestReply';
import type { IngestSource } from './ingestSource';
import type { IngestAdmission } from './ingestAdmission';
import type { IngestToken } from './ingestToken';

export interface IngestDoor {
  token: IngestToken;
  source: IngestSource;
  /** Wrong-token throttle per address. */
  admission: IngestAdmission;
}

/** 429 with Retry-After (whole seconds) for an address that sent too many wrong tokens. */
function throttled(waitMs: number) {
  const sec = Math.max(1, Math.ceil(waitMs / 1000));
  return { ...apiError(429, 'throttled', `接入口令错误次数过多，请 ${sec} 秒后再试 / too many wrong ingest tokens: retry in ${sec} s`, { retryAfterSec: sec }), headers: { 'retry-after': String(sec) } };
}

/** The ingest token of a request: `authorization: Bearer …` or `?token=`. */
export function requestToken(req: Pick<IncomingMessage, 'headers'>, url: URL): string {
  const auth = req.headers.authorization ?? '';
  return auth.startsWith('Bearer ') ? auth.slice(7) : (url.searchParams.get('token') ?? '');
}

/**
 * The ingest door's HTTP routes (shared/protocol/http.ts INGEST_API), answered before the UI's /api
 * dispatcher because they take the ingest token, not the UI token. True when it answered.
 */
export function handleIngestHttp(door: IngestDoor, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const route = Object.values(INGEST_API).find((r) => r.path === url.pathname);
  if (!route) return false;
  void (async () => {
    if (req.method !== route.method) return send(res, apiError(405, 'method', 'method not allowed'));
    const address = req.socket.remoteAddress;
    const wait = door.admission.retryAfterMs(address);
    if (wait > 0) return send(res, throttled(wait));
    if (!door.token.verify(requestToken(req, url))) {
      door.admission.fail(address);
      return send(res, apiError(401, 'unauthorized', '接入口令无效 / invalid ingest token'));
    }
    if (route === INGEST_API.schema) return send(res, { status: 200, json: liveEventJsonSchema() });
    const raw = await readBody(req, INGEST_MAX_BYTES);
    if (raw === 'too_large') return send(res, apiError(413, 'too_large', `请求超过 ${INGEST_MAX_BYTES} 字节，未接收任何事件 / body over ${INGEST_MAX_BYTES} bytes, nothing applied`));
    const reply = ingestBatch(door.source, parseNdjson(raw.toString('utf8')));
    if (!reply) return send(res, apiError(409, 'source_stopped', '接入源已停止 / the ingest source is stopped'));
    send(res, { status: 200, json: reply });
  })().catch((err: unknown) => {
    console.error('[hub] ingest failed:', err);
    if (!res.headersSent) send(res, apiError(500, 'internal', '服务器内部错误 / internal error'));
  });
  return true;
}

/** The hub's request handler with the ingest door in front of it. */
export function withIngestDoor(door: IngestDoor, next: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (handleIngestHttp(door, req, res, new URL(req.url ?? '/', 'http://hub.invalid'))) return;
    next(req, res);
  };
}
