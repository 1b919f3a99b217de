import { LiveEvent } from '../../protocol/events';
import { mapBuyinPromotions } from './cart';
import { mapBuyinCommentInfo, mapCompassMessages } from './comments';
import { createMemory, type FamilyResult, type MapContext } from './context';
import { mapCompassCoreData } from './online';
import { mapCompassOrderStream } from './orders';
import { isApiError, parseJson, type Json } from './read';
import { endpointFor, type DouyinRules, type DouyinShape } from './rules';
import { DOUYIN_FAMILIES, UNPARSED_REASONS, type CapturedResponse, type DouyinFamily, type DouyinFamilyStats, type DouyinMapStats, type MapOutcome, type UnparsedReason } from './types';

export interface DouyinMapperOptions {
  roomId: string;
  rules: DouyinRules;
  /** Douyin shop product id → the show's product id (catalog import's platform id); unknown ids pass through prefixed 'dy:'. */
  productIdFor(shopProductId: string): string;
}

export interface DouyinMapper {
  map(res: CapturedResponse): MapOutcome;
  /** Counters: responses mapped/unparsed/ignored per family, events emitted, duplicates dropped. */
  stats(): DouyinMapStats;
}

const READERS: Record<DouyinShape, (body: Json, ctx: MapContext) => FamilyResult> = {
  buyin_comment_info: mapBuyinCommentInfo,
  compass_messages: mapCompassMessages,
  compass_core_data: mapCompassCoreData,
  compass_order_stream: mapCompassOrderStream,
  buyin_promotions: mapBuyinPromotions,
};

/** Platform ids remembered for de-duplication (the oldest are forgotten past this). */
const SEEN_CAP = 200_000;

function emptyStats(): DouyinMapStats {
  const families = {} as Record<DouyinFamily, DouyinFamilyStats>;
  for (const f of DOUYIN_FAMILIES) {
    const reasons = {} as Record<UnparsedReason, number>;
    for (const r of UNPARSED_REASONS) reasons[r] = 0;
    families[f] = { mapped: 0, unparsed: 0, reasons };
  }
  return { families, ignored: 0, events: 0, duplicates: 0, skippedItems: 0 };
}

/**
 * Turns captured console responses into LiveEvents. Stateful but pure (no I/O, no clock): it remembers
 * order stages, the cart, the product on 讲解 and the ids it emitted. It never throws: a response it
 * cannot read is 'unparsed' (and counted), one of no known endpoint is 'ignored'.
 */
export function createDouyinMapper(opts: DouyinMapperOptions): DouyinMapper {
  const memory = createMemory();
  const seen = new Set<string>();
  const counters = emptyStats();

  const unparsed = (family: DouyinFamily, reason: UnparsedReason): MapOutcome => {
    counters.families[family].unparsed++;
    counters.families[family].reasons[reason]++;
    return { kind: 'unparsed', family, reason };
  };

  const productIdFor = (shopProductId: string): string => {
    try {
      const id = opts.productIdFor(shopProductId);
      return typeof id === 'string' && id.length > 0 ? id : `dy:${shopProductId}`;
    } catch {
      return `dy:${shopProductId}`;
    }
  };

  function map(res: CapturedResponse): MapOutcome {
    let endpoint;
    try {
      endpoint = typeof res?.url === 'string' ? endpointFor(opts.rules, res.url, typeof res.method === 'string' ? res.method : 'GET') : null;
    } catch {
      endpoint = null;
    }
    if (!endpoint) {
      counters.ignored++;
      return { kind: 'ignored' };
    }
    const family = endpoint.family;
    if (typeof res.status !== 'number' || res.status < 200 || res.status >= 300) return unparsed(family, 'http_error');
    if (typeof res.body !== 'string' || res.body.trim() === '') return unparsed(family, 'no_body');
    const parsed = parseJson(res.body);
    if (!parsed.ok) return unparsed(family, 'bad_json');
    if (isApiError(parsed.value)) return unparsed(family, 'api_error');
    const ts = Number.isSafeInteger(res.ts) && res.ts >= 0 ? res.ts : 0;
    const ctx: MapContext = {
      roomId: opts.roomId, ts, rules: opts.rules, productIdFor, memory,
      skip: () => { counters.skippedItems++; },
    };
    let events: FamilyResult;
    try {
      events = READERS[endpoint.shape](parsed.value, ctx);
    } catch {
      events = null;
    }
    if (events === null) return unparsed(family, 'unknown_shape');
    const out: LiveEvent[] = [];
    for (const ev of events) {
      if (!LiveEvent.safeParse(ev).success) {
        counters.skippedItems++;
        continue;
      }
      if (seen.has(ev.id)) {
        counters.duplicates++;
        continue;
      }
      seen.add(ev.id);
      if (seen.size > SEEN_CAP) {
        const oldest = seen.values().next();
        if (!oldest.done) seen.delete(oldest.value);
      }
      out.push(ev);
    }
    counters.families[family].mapped++;
    counters.events += out.length;
    return { kind: 'mapped', family, events: out };
  }

  function stats(): DouyinMapStats {
    return structuredCloneStats(counters);
  }

  return { map, stats };
}

function structuredCloneStats(s: DouyinMapStats): DouyinMapStats {
  const families = {} as Record<DouyinFamily, DouyinFamilyStats>;
  for (const f of DOUYIN_FAMILIES) families[f] = { ...s.families[f], reasons: { ...s.families[f].reasons } };
  return { ...s, families };
}
