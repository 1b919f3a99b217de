import type { LiveEvent } from '../../../shared/protocol/events';
import type { SimContext } from '../../../shared/sim/simulator';

/**
 * Where a room's live events come from: the simulator, a recorded stream, or (later) a platform
 * connector. The hub pulls context from the room and receives events through `emit`.
 */
export interface EventSource {
  readonly kind: 'sim' | 'replay' | 'connector';
  /** Start producing; `emit` takes events in time order, `context` reads the room now. */
  start(emit: (events: LiveEvent[]) => void, context: (now: number) => SimContext): void;
  stop(): void;
}
