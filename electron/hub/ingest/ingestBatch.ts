import type { LiveEvent } from '../../../shared/protocol/events';
import { INGEST_MAX_NAMED_REJECTS, type IngestReply } from '../../../shared/protocol/http';
import { checkEvent, checkEventLine } from '../sources/eventLine';

/** What one request (or WebSocket message) carries: its valid events and its refused items. */
export interface IngestBatch {
  events: LiveEvent[];
  rejected: IngestReply['rejected'];
  /** Refused items beyond the ones named. */
  rejectedMore: number;
}

function collect(items: Iterable<[number, () => ReturnType<typeof checkEvent>]>): IngestBatch {
  const batch: IngestBatch = { events: [], rejected: [], rejectedMore: 0 };
  for (const [line, check] of items) {
    const r = check();
    if (r.ok) batch.events.push(r.event);
    else if (batch.rejected.length < INGEST_MAX_NAMED_REJECTS) batch.rejected.push({ line, error: r.error });
    else batch.rejectedMore++;
  }
  return batch;
}

/** NDJSON: one LiveEvent a line (1-based numbers, blank lines skipped); a broken line never stops the rest. */
export function parseNdjson(text: string): IngestBatch {
  const lines = text.split('\n');
  return collect((function* () {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line) yield [i + 1, () => checkEventLine(line)] as [number, () => ReturnType<typeof checkEvent>];
    }
  })());
}

/** A WebSocket message: one event or an array of them (items numbered from 1); a JSON string is parsed first. */
export function parseMessage(payload: unknown): IngestBatch {
  if (typeof payload === 'string') return parseNdjson(payload);
  const items = Array.isArray(payload) ? payload : [payload];
  return collect(items.map((item, i) => [i + 1, () => checkEvent(item)] as [number, () => ReturnType<typeof checkEvent>]));
}
