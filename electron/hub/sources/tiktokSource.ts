import { mapTikTokEvent, TIKTOK_EVENT_NAMES } from '../../../shared/connectors/tiktok';
import type { EventSource, SourceErrorCode, SourceSignals } from '../../../shared/protocol/source';
import { ConnectorMissing, packageClient, type TikTokClient, type TikTokClientFactory } from './tiktokClient';

export interface TikTokSourceOptions {
  /** The creator's unique id (@username, with or without the @). */
  uniqueId: string;
  signApiKey?: string;
  /** The LiveDeck room the events go to. */
  roomId: string;
  now?: () => number;
  /** Default: the installed package (packageClient). */
  client?: TikTokClientFactory;
}

/** Error names of tiktok-live-connector 2.4.0 (dist/index-*.d.ts, src/types/errors). */
const SIGN_ERRORS = new Set(['SignAPIError', 'SignatureMissingTokensError', 'PremiumFeatureError', 'AuthenticatedWebSocketConnectionError']);

/** Why a connect attempt failed, as a source code: offline creator, missing/refused signing key, or the platform unreachable. */
export function connectErrorCode(err: unknown, hasKey: boolean): { code: SourceErrorCode; final: boolean } {
  const name = err instanceof Error ? err.constructor.name || err.name : '';
  if (name === 'UserOfflineError') return { code: 'not_live', final: false };
  if (SIGN_ERRORS.has(name) && !hasKey) return { code: 'needs_key', final: true };
  return { code: 'connect_failed', final: false };
}

/**
 * TikTok LIVE as a source (issue 12): connects to a creator's room through tiktok-live-connector
 * and maps its events (shared/connectors/tiktok). The package is optional: when it is missing the
 * source fails with `not_installed`. A failed connect is `connect_failed` (or `not_live`), a dropped
 * connection `connection_lost` — the manager reconnects with backoff; `streamEnd` ends it.
 * Unreadable payloads are counted as rejected. One instance per connection (the manager makes a fresh one).
 */
export function createTikTokSource(opts: TikTokSourceOptions): EventSource {
  const factory = opts.client ?? packageClient;
  const now = opts.now ?? Date.now;
  const uniqueId = opts.uniqueId.replace(/^@/, '');
  let client: TikTokClient | null = null;
  let stopped = false;

  const attach = (c: TikTokClient, emit: Parameters<EventSource['start']>[0], signals: SourceSignals | undefined) => {
    const ctx = { roomId: opts.roomId, now };
    for (const name of TIKTOK_EVENT_NAMES) {
      c.on(name, (payload: unknown) => {
        if (stopped) return;
        const r = mapTikTokEvent(name, payload, ctx);
        if (r.kind === 'event') emit([r.event]);
        else if (r.kind === 'unknown') signals?.rejected(1);
      });
    }
    c.on('streamEnd', () => { if (!stopped) signals?.ended(); });
    c.on('disconnected', () => { if (!stopped) signals?.lost('connection_lost'); });
    // Errors after connecting arrive as events (decode failures…); a dropped socket also emits `disconnected`.
    c.on('error', () => undefined);
  };

  return {
    kind: 'tiktok',
    start(emit, _view, signals) {
      stopped = false;
      void (async () => {
        let c: TikTokClient;
        try {
          c = await factory(uniqueId, opts.signApiKey ? { signApiKey: opts.signApiKey } : {});
        } catch (err) {
          if (!stopped) signals?.failed(err instanceof ConnectorMissing ? 'not_installed' : 'start_failed');
          return;
        }
        if (stopped) return;
        client = c;
        attach(c, emit, signals);
        try {
          await c.connect();
          if (!stopped) signals?.live();
        } catch (err) {
          if (stopped) return;
          const { code, final } = connectErrorCode(err, !!opts.signApiKey);
          c.removeAllListeners();
          if (final) signals?.failed(code);
          else signals?.lost(code);
        }
      })();
    },
    stop() {
      stopped = true;
      const c = client;
      client = null;
      if (!c) return;
      c.removeAllListeners();
      try {
        void Promise.resolve(c.disconnect()).catch(() => undefined);
      } catch { /* stopping never throws */ }
    },
  };
}
