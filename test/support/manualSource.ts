import type { LiveEvent } from '../../shared/protocol/events';
import type { EventSource } from '../../shared/protocol/source';

/** An event source the test drives by hand. */
export function manualSource(): EventSource & { push(events: LiveEvent[]): void } {
  let emit: ((events: LiveEvent[]) => void) | null = null;
  return {
    kind: 'connector',
    start(e) { emit = e; },
    stop() { emit = null; },
    push(events) {
      if (!emit) throw new Error('source not started');
      emit(events);
    },
  };
}

let n = 0;
export function comment(text: string, ts = Date.now()): LiveEvent {
  n++;
  return { id: `m${n}`, platform: 'sim', roomId: 'main', ts, type: 'comment', userId: `u${n}`, nickname: `观众${n}`, text };
}
