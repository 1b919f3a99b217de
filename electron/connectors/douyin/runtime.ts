import { createDouyinMapper, endpointFor, type CapturedResponse, type DouyinMapStats, type DouyinRules } from '../../../shared/connectors/douyin';
import type { ConnectorStatus } from '../../../shared/protocol/connector';
import type { LiveEvent } from '../../../shared/protocol/events';

export interface DouyinRuntimeOptions {
  rules: DouyinRules;
  /** The room the events are for (the hub's room id). */
  roomId: string;
  /** The show's product ids (hello reply): a shop product id the show knows keeps its id, others read `dy:<id>`. */
  productIds?: readonly string[];
  emit(events: LiveEvent[]): void;
  /** The status changed (logged in / reading, responses not understood). */
  onStatus(status: ConnectorStatus): void;
}

/** Responses that mean the page changed (not a passing network or platform error). */
const SHAPE_REASONS = ['unknown_shape', 'bad_json'] as const;

export function unparsedCount(stats: DouyinMapStats): number {
  let n = 0;
  for (const f of Object.values(stats.families)) for (const r of SHAPE_REASONS) n += f.reasons[r];
  return n;
}

/**
 * The console connector's core, the same in browser mode and in the Electron window: captured
 * responses → the mapper (shared/connectors/douyin) → LiveEvents; its status is live once the
 * page shows the logged-in marker or a response was read, and counts responses it could not read.
 */
export function createDouyinRuntime(opts: DouyinRuntimeOptions) {
  let known = new Set(opts.productIds ?? []);
  const mapper = createDouyinMapper({
    roomId: opts.roomId, rules: opts.rules,
    productIdFor: (shopId) => (known.has(shopId) ? shopId : `dy:${shopId}`),
  });
  let loggedIn = false;
  let mapped = false;
  let last: ConnectorStatus | null = null;

  const report = () => {
    const status: ConnectorStatus = { live: loggedIn || mapped, unparsed: unparsedCount(mapper.stats()) };
    if (last && last.live === status.live && last.unparsed === status.unparsed) return;
    last = status;
    opts.onStatus(status);
  };

  return {
    /** Whether the CDP reader should fetch this response's body. */
    wants: (url: string, method: string): boolean => endpointFor(opts.rules, url, method) !== null,
    onResponse(res: CapturedResponse): void {
      const out = mapper.map(res);
      if (out.kind === 'mapped') {
        mapped = true;
        if (out.events.length) opts.emit(out.events);
      }
      report();
    },
    setLoggedIn(on: boolean): void {
      loggedIn = on;
      report();
    },
    setProductIds(ids: readonly string[]): void {
      known = new Set(ids);
    },
    /** Send the current status again (after a reconnect to the hub). */
    resend(): void {
      last = null;
      report();
    },
    stats: (): DouyinMapStats => mapper.stats(),
  };
}
export type DouyinRuntime = ReturnType<typeof createDouyinRuntime>;
