import type { PlatformActionsState } from '../../../shared/protocol/platformActions';
import type { CommandAck } from '../../../shared/protocol/commands';
import type { LiveRoom } from '../../../shared/domain/live/commands';
import type { RoomStats } from './input';
import type { IntakeState } from './intake';
import type { LiveFiguresState } from './liveFigures';

export const ROOM_STATE_VERSION = 1;

/**
 * A room's state as plain JSON (the body of a checkpoint): everything the room's inputs built,
 * so that state + the inputs after it equals all inputs replayed. What the room computes from
 * it (figures, alerts, deltas) is not kept, exactly as a replay does not rebuild it.
 */
export interface RoomState {
  v: number;
  roomId: string;
  startedAt: number;
  followExplain: boolean;
  core: LiveRoom;
  idCounter: number;
  stats: RoomStats;
  /** Remembered command acks, oldest first (idempotency across a restart). */
  commands: Array<[string, CommandAck]>;
  intake: IntakeState;
  figures: LiveFiguresState;
  /** Platform actions: kill switch and log (issue 13); absent in older checkpoints. */
  actions?: PlatformActionsState;
}
