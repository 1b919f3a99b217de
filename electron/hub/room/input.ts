import type { Command } from '../../../shared/protocol/commands';
import type { Role } from '../../../shared/protocol/common';
import type { LiveEvent } from '../../../shared/protocol/events';

/** Who sent a command (from the socket's handshake). */
export interface Caller {
  id: string;
  name: string;
  role: Role;
}

/** Inputs that change a room, in order — what a journal records to rebuild it. */
export type RoomInput =
  | { kind: 'events'; at: number; events: LiveEvent[] }
  | { kind: 'command'; at: number; caller: Caller; command: Command };

export interface RoomStats {
  events: number;
  duplicates: number;
  commands: number;
  rejectedCommands: number;
}
