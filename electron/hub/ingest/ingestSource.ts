import type { LiveEvent } from '../../../shared/protocol/events';
import type { EmitEvents, EventSource, SourceSignals } from '../../../shared/protocol/source';

/** The ingest door as a source: requests push their valid events through it into the room. */
export interface IngestSource extends EventSource {
  readonly kind: 'ingest';
  /** Feed one request's events (and count its refused items); null while the source is stopped. */
  accept(events: LiveEvent[], rejected: number): { accepted: number; duplicates: number } | null;
}

export function createIngestSource(): IngestSource {
  let emit: EmitEvents | null = null;
  let signals: SourceSignals | null = null;
  return {
    kind: 'ingest',
    start(e, _view, s) {
      emit = e;
      signals = s ?? null;
      signals?.live();
    },
    stop() {
      emit = null;
      signals = null;
    },
    accept(events, rejected) {
      if (!emit) return null;
      if (rejected > 0) signals?.rejected(rejected);
      const fresh = events.length ? emit(events) : 0;
      const accepted = typeof fresh === 'number' ? fresh : events.length;
      return { accepted, duplicates: events.length - accepted };
    },
  };
}
