import type { IngestReply } from '../../../shared/protocol/http';
import type { IngestBatch } from './ingestBatch';
import type { IngestSource } from './ingestSource';

/** Apply one batch through the ingest source and say what became of it; null while the source is stopped. */
export function ingestBatch(source: Pick<IngestSource, 'accept'>, batch: IngestBatch): IngestReply | null {
  const refused = batch.rejected.length + batch.rejectedMore;
  const r = source.accept(batch.events, refused);
  if (!r) return null;
  return { ...r, rejected: batch.rejected, ...(batch.rejectedMore ? { rejectedMore: batch.rejectedMore } : {}) };
}
