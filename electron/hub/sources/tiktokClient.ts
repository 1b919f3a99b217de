/**
 * The slice of tiktok-live-connector 2.4.0's `TikTokLiveConnection` (dist/index.d.ts) the TikTok
 * source uses: an event emitter with connect/disconnect. Tests pass a fake with the same names.
 */
export interface TikTokClient {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  removeAllListeners(): unknown;
  connect(): Promise<unknown>;
  disconnect(): Promise<unknown> | unknown;
}

export interface TikTokClientOptions {
  /** The signing service key (Euler Stream), when the producer entered one. */
  signApiKey?: string;
}

/** Makes a client for one creator (@uniqueId). Rejects with ConnectorMissing when the package is not installed. */
export type TikTokClientFactory = (uniqueId: string, opts: TikTokClientOptions) => Promise<TikTokClient>;

/** The optional package is not installed (npm skips it on Node < 22; see docs/connectors/tiktok.md). */
export class ConnectorMissing extends Error {
  override readonly name = 'ConnectorMissing';
}

/** The package name, in a variable so bundlers leave the import to run time. */
const PACKAGE = 'tiktok-live-connector';

/**
 * The real client: `await import('tiktok-live-connector')` (an optional dependency, MIT up to
 * 2.4.0 — never bump: 2.4.2+ is AGPL), then `new TikTokLiveConnection(uniqueId, { signApiKey })`.
 */
export const packageClient: TikTokClientFactory = async (uniqueId, opts) => {
  let mod: { TikTokLiveConnection?: new (id: string, o: Record<string, unknown>) => TikTokClient };
  try {
    mod = (await import(/* @vite-ignore */ PACKAGE)) as typeof mod;
  } catch {
    throw new ConnectorMissing(`${PACKAGE} is not installed`);
  }
  if (typeof mod.TikTokLiveConnection !== 'function') throw new ConnectorMissing(`${PACKAGE} has no TikTokLiveConnection`);
  return new mod.TikTokLiveConnection(uniqueId, opts.signApiKey ? { signApiKey: opts.signApiKey } : {});
};
