import { createDouyinMapper, defaultDouyinRules, type DouyinRules } from '../../../shared/connectors/douyin';
import { createHarReader, type HarErrorCode, type HarReadStats } from '../../../shared/connectors/har';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { RecordingSourceCounts } from '../../../shared/protocol/recording';
import type { TextPiece } from './textChunks';

export interface HarEventsOptions {
  roomId: string;
  /** Douyin shop product id → the show's product id (see the connector's productIdFor). */
  productIdFor(shopProductId: string): string;
  /** Default: assets/connectors/douyin.json. */
  rules?: DouyinRules;
  onProgress?: (stats: Readonly<HarReadStats>) => void;
}

export type HarEventsResult = { ok: true; counts: RecordingSourceCounts } | { ok: false; code: HarErrorCode };

/**
 * A HAR of the seller's Douyin console → events, through the same mappers as the live console
 * source: the file's responses in the order they were received, each mapped on its own
 * (`onEvents` once per response that gave events). Entries the mapper does not know, and entries
 * without a readable request or response, are ignored; known endpoints that gave no data
 * (HTTP errors, missing, broken or truncated bodies) are unparsed.
 */
export async function readHarEvents(pieces: AsyncIterable<TextPiece>, opts: HarEventsOptions, onEvents: (events: LiveEvent[]) => void): Promise<HarEventsResult> {
  const reader = createHarReader({ onProgress: opts.onProgress });
  for await (const piece of pieces) reader.push(piece.text, piece.bytes);
  const read = reader.end();
  if (!read.ok) return { ok: false, code: read.code };
  const mapper = createDouyinMapper({ roomId: opts.roomId, rules: opts.rules ?? defaultDouyinRules(), productIdFor: opts.productIdFor });
  const counts: RecordingSourceCounts = { entries: read.stats.entries, events: 0, duplicates: 0, unparsed: 0, ignored: read.stats.badEntries };
  for (const res of read.responses) {
    const outcome = mapper.map(res);
    if (outcome.kind === 'ignored') counts.ignored++;
    else if (outcome.kind === 'unparsed') counts.unparsed++;
    else if (outcome.events.length) {
      counts.events += outcome.events.length;
      onEvents(outcome.events);
    }
  }
  // The same comment or order status delivered by several polls: one event, the rest duplicates.
  counts.duplicates = mapper.stats().duplicates;
  counts.events += counts.duplicates;
  return { ok: true, counts };
}
