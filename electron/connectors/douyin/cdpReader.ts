import type { CapturedResponse } from '../../../shared/connectors/douyin';

/**
 * The least of a DevTools-protocol session the reader needs. Playwright's `CDPSession` fits as it
 * is; Electron's `webContents.debugger` fits through a two-line adapter (electron/shell/douyinWindow.ts).
 */
export interface CdpLike {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  on(event: string, listener: (params: never) => void): unknown;
}

export interface CdpReaderOptions {
  /** Whether a response is one LiveDeck reads (the rules' endpoint patterns); others are never fetched. */
  wants(url: string, method: string): boolean;
  onResponse(res: CapturedResponse): void;
  now?: () => number;
}

export interface CdpReaderStats {
  /** Responses handed on (bodies read, or null when the browser had none). */
  read: number;
  /** Matching requests that failed at the network level (nothing to read). */
  failed: number;
  /** Bodies the browser would not give (evicted, redirected…): handed on with body null. */
  noBody: number;
}

interface Pending { url: string; method: string; status: number; mimeType?: string; ts: number }

/** Requests followed at once (a page polling a few endpoints has a handful in flight). */
const MAX_PENDING = 1000;

interface RequestWillBeSent { requestId: string; request: { url: string; method: string } }
interface ResponseReceived { requestId: string; response: { url: string; status: number; mimeType?: string } }
interface LoadingFinished { requestId: string }
interface ResponseBody { body: string; base64Encoded: boolean }

/** Decode a CDP body (base64 for binary or compressed-then-decoded payloads) to text. */
export function decodeBody(r: ResponseBody): string {
  return r.base64Encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body;
}

/**
 * Reads what the page already fetched, through the DevTools protocol: `Network.enable`; for each
 * response whose URL the rules want (`Network.responseReceived`), the body once it finished loading
 * (`Network.loadingFinished` → `Network.getResponseBody`), decoded, as a CapturedResponse. It
 * signs nothing and sends no request of its own to the platform: LiveDeck only reads.
 */
export function createCdpReader(cdp: CdpLike, opts: CdpReaderOptions) {
  const now = opts.now ?? Date.now;
  const methods = new Map<string, string>();
  const pending = new Map<string, Pending>();
  const stats: CdpReaderStats = { read: 0, failed: 0, noBody: 0 };
  let running = false;

  const bound = <V>(m: Map<string, V>) => {
    while (m.size > MAX_PENDING) m.delete(m.keys().next().value!);
  };

  cdp.on('Network.requestWillBeSent', (p: RequestWillBeSent) => {
    if (!running || !p?.request) return;
    methods.set(p.requestId, p.request.method);
    bound(methods);
  });
  cdp.on('Network.responseReceived', (p: ResponseReceived) => {
    if (!running || !p?.response) return;
    const method = methods.get(p.requestId) ?? 'GET';
    methods.delete(p.requestId);
    if (!opts.wants(p.response.url, method)) return;
    pending.set(p.requestId, {
      url: p.response.url, method, status: p.response.status, ts: now(),
      ...(p.response.mimeType ? { mimeType: p.response.mimeType } : {}),
    });
    bound(pending);
  });
  cdp.on('Network.loadingFinished', (p: LoadingFinished) => {
    const res = running ? pending.get(p?.requestId) : undefined;
    if (!res) return;
    pending.delete(p.requestId);
    cdp.send('Network.getResponseBody', { requestId: p.requestId }).then(
      (r) => hand(res, decodeBody(r as ResponseBody)),
      () => { stats.noBody++; hand(res, null); },
    );
  });
  cdp.on('Network.loadingFailed', (p: LoadingFinished) => {
    methods.delete(p?.requestId);
    if (pending.delete(p?.requestId)) stats.failed++;
  });

  function hand(res: Pending, body: string | null): void {
    if (!running) return;
    stats.read++;
    try {
      opts.onResponse({ ...res, body });
    } catch (err) {
      console.error('[douyin] a captured response could not be handled:', err);
    }
  }

  return {
    /** Enable the Network domain and start reading. */
    async start(): Promise<void> {
      running = true;
      await cdp.send('Network.enable', {});
    },
    stop(): void {
      running = false;
      pending.clear();
      methods.clear();
    },
    stats: (): CdpReaderStats => ({ ...stats }),
  };
}
export type CdpReader = ReturnType<typeof createCdpReader>;
