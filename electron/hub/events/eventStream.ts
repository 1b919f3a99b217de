import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ControlState } from '../../../shared/protocol/control';
import { CONTROL_API } from '../../../shared/protocol/http';
import type { Revoked } from '../../../shared/protocol/socket';
import { ROOM_EVENT_TYPES, type RoomEvent, type RoomEventType } from '../../../shared/protocol/roomEvents';
import { send } from '../http/api';
import { securityHeaders } from '../http/headers';
import { apiError } from '../http/route';
import type { DoorAccessCheck } from '../control/access';
import { requestToken } from '../ingest/ingestHttp';
import type { RoomFeed } from './roomFeed';

export interface EventStreamOptions {
  access: DoorAccessCheck;
  feed: RoomFeed;
  /** The first message of every stream (`event: state`). */
  state: () => ControlState;
  /** Streams open at once, at most. Default 32. */
  maxClients?: number;
  /** A client this many bytes behind is dropped (never buffered forever). Default 256 KiB. */
  maxBehindBytes?: number;
  /** Comment line sent when quiet, ms. Default 15 s. */
  heartbeatMs?: number;
}

/** What the stream writes to: a response, or anything with its write/end/destroy and buffered byte count. */
export type StreamSink = Pick<ServerResponse, 'write' | 'destroy' | 'writableLength'>;

/** One SSE frame. */
export function sseFrame(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** `?types=on_air,comment` → the set (unknown names ignored); absent → every type. */
export function streamTypes(param: string | null): ReadonlySet<RoomEventType> {
  if (!param) return new Set(ROOM_EVENT_TYPES);
  const asked = new Set(param.split(',').map((s) => s.trim()));
  return new Set(ROOM_EVENT_TYPES.filter((t) => asked.has(t)));
}

/**
 * One stream client: writes the events it asked for; once the bytes it has not taken reach
 * `maxBehindBytes` it is dropped (destroyed), so a stalled script costs the hub a bounded buffer.
 * Returns false once dropped.
 */
export function streamClient(sink: StreamSink, types: ReadonlySet<RoomEventType>, maxBehindBytes: number) {
  let open = true;
  const write = (chunk: string): boolean => {
    if (!open) return false;
    if (sink.writableLength > maxBehindBytes) {
      open = false;
      sink.destroy();
      return false;
    }
    sink.write(chunk);
    return true;
  };
  return {
    push: (events: readonly RoomEvent[]) => {
      const frames = events.filter((e) => types.has(e.type)).map((e) => sseFrame(e.type, e, e.id)).join('');
      return frames ? write(frames) : open;
    },
    write,
    get open() { return open; },
    close() { open = false; },
  };
}

/**
 * `GET /api/events`: room events as Server-Sent Events for local scripts (control or overlay
 * credential; read-only). First `event: state` (the control state), then one `event: <type>` per
 * room event (`data`: the RoomEvent JSON, `id`: its id), a `: ping` comment when quiet.
 */
export function createEventStream(opts: EventStreamOptions) {
  const maxClients = opts.maxClients ?? 32;
  const maxBehind = opts.maxBehindBytes ?? 256 * 1024;
  const clients = new Set<{ end(): void; token: string; client: ReturnType<typeof streamClient> }>();
  const stats = { opened: 0, dropped: 0 };

  function handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (url.pathname !== CONTROL_API.events.path) return false;
    const headers = securityHeaders(req);
    if (req.method !== 'GET') {
      send(res, { ...apiError(405, 'method', 'use GET'), headers: { allow: 'GET' } }, headers);
      return true;
    }
    const check = opts.access(req, url, ['control', 'overlay']);
    if (!check.ok) {
      send(res, check.res, headers);
      return true;
    }
    if (clients.size >= maxClients) {
      send(res, apiError(503, 'too_many_streams', `at most ${maxClients} event streams at once`), headers);
      return true;
    }
    res.writeHead(200, {
      ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no', connection: 'keep-alive',
    });
    req.socket.setNoDelay(true);
    const client = streamClient(res, streamTypes(url.searchParams.get('types')), maxBehind);
    client.write(`retry: 3000\n\n${sseFrame('state', opts.state())}`);
    stats.opened++;
    const unsubscribe = opts.feed.subscribe((events) => {
      if (!client.push(events)) { stats.dropped++; end(); }
    });
    const beat = setInterval(() => { if (!client.write(': ping\n\n')) { stats.dropped++; end(); } }, opts.heartbeatMs ?? 15_000);
    const entry = { end: () => { end(); res.end(); }, token: requestToken(req, url), client };
    function end() {
      client.close();
      clearInterval(beat);
      unsubscribe();
      clients.delete(entry);
    }
    clients.add(entry);
    req.on('close', end);
    res.on('error', end);
    return true;
  }

  return {
    handle,
    stats,
    get clients() { return clients.size; },
    close() { for (const c of [...clients]) c.end(); },
    /** End every stream opened with `secret` (rotated away), after an `event: revoked` frame saying why; how many. */
    revoke(secret: string): number {
      const gone = [...clients].filter((c) => c.token === secret);
      for (const c of gone) {
        c.client.write(sseFrame('revoked', { code: 'credential_rotated' } satisfies Revoked));
        c.end();
      }
      return gone.length;
    },
  };
}
export type EventStream = ReturnType<typeof createEventStream>;
