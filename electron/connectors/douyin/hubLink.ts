import { io, type Socket } from 'socket.io-client';
import { HelloReply, type ConnectorClientToServer, type ConnectorHello, type ConnectorServerToClient, type ConnectorStatus } from '../../../shared/protocol/connector';
import type { LiveEvent } from '../../../shared/protocol/events';
import { INGEST_NAMESPACE } from '../../../shared/protocol/http';
import { SOCKET_PATH } from '../../../shared/protocol/socket';
import { SourceAction, type ActionResult } from '../../../shared/protocol/source';

/** Why the hub could not be joined, as a code (the CLI words it). */
export type HubLinkError = 'bad_url' | 'unreachable' | 'unauthorized' | 'refused';

export class HubLinkFailure extends Error {
  constructor(readonly code: HubLinkError, detail: string) {
    super(detail);
  }
}

/** The hub's address and ingest token from the URL `livedeck serve --source ingest` prints. */
export function parseIngestUrl(raw: string): { origin: string; token: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HubLinkFailure('bad_url', raw);
  }
  const token = url.searchParams.get('token') ?? '';
  if (!/^https?:$/.test(url.protocol) || !token) throw new HubLinkFailure('bad_url', raw);
  return { origin: url.origin, token };
}

export interface HubLinkOptions {
  ingestUrl: string;
  hello: ConnectorHello;
  /** Carry out one action on the page. */
  onAction(action: SourceAction): Promise<ActionResult>;
  /** Joined (again): the show's product ids. */
  onJoined?(productIds: string[]): void;
  onDisconnect?(reason: string): void;
  connectTimeoutMs?: number;
}

type LinkSocket = Socket<ConnectorServerToClient, ConnectorClientToServer>;

/**
 * The connector's side of the hub's ingest socket (shared/protocol/connector.ts): hello (again
 * after every reconnect), events, status, and actions from the hub answered by the page.
 */
export async function connectHub(opts: HubLinkOptions) {
  const { origin, token } = parseIngestUrl(opts.ingestUrl);
  const socket: LinkSocket = io(`${origin}${INGEST_NAMESPACE}`, { path: SOCKET_PATH, auth: { token }, transports: ['websocket'], reconnectionDelayMax: 5000 });
  let status: ConnectorStatus | null = null;

  const hello = () => new Promise<string[]>((resolve, reject) => {
    socket.timeout(opts.connectTimeoutMs ?? 10_000).emit('hello', opts.hello, (err: Error | null, raw: unknown) => {
      const reply = HelloReply.safeParse(raw);
      if (err || !reply.success) return reject(new HubLinkFailure('refused', err?.message ?? 'bad hello reply'));
      if (!reply.data.ok) return reject(new HubLinkFailure('refused', reply.data.error));
      resolve(reply.data.productIds);
    });
  });

  socket.on('action', (payload: unknown, ack: (r: ActionResult) => void) => {
    const action = SourceAction.safeParse(payload);
    if (!action.success) return ack({ ok: false, code: 'failed' });
    void opts.onAction(action.data).then(ack, () => ack({ ok: false, code: 'failed' }));
  });

  const productIds = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => { socket.close(); reject(new HubLinkFailure('unreachable', origin)); }, opts.connectTimeoutMs ?? 10_000);
    socket.once('connect', () => { clearTimeout(timer); hello().then(resolve, reject); });
    socket.once('connect_error', (e: Error & { data?: { code?: string } }) => {
      if (socket.active) return; // a transport problem: socket.io keeps trying until the timer says unreachable
      clearTimeout(timer);
      socket.close();
      reject(new HubLinkFailure(e.data?.code === 'unauthorized' ? 'unauthorized' : 'refused', e.message));
    });
  });

  // After the first join: every reconnect says hello again and resends the status.
  socket.on('connect', () => {
    hello().then((ids) => { opts.onJoined?.(ids); if (status) socket.emit('status', status); }, (e: unknown) => console.error('[douyin] hello refused:', e));
  });
  let closing = false;
  socket.on('disconnect', (reason) => { if (!closing) opts.onDisconnect?.(reason); });

  return {
    productIds,
    events(events: LiveEvent[]): void {
      if (events.length) socket.emit('events', events, () => undefined);
    },
    status(s: ConnectorStatus): void {
      status = s;
      if (socket.connected) socket.emit('status', s);
    },
    close(): void {
      closing = true;
      socket.close();
    },
  };
}
export type HubLink = Awaited<ReturnType<typeof connectHub>>;
