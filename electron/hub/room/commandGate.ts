import type { Command, CommandAck } from '../../../shared/protocol/commands';
import { mayRun } from '../../../shared/protocol/commands';
import type { CommandContext, LiveRoom, Section } from '../../../shared/domain/live/commands';
import { applyLiveCommand } from '../../../shared/domain/live/applyLive';
import type { Caller, RoomInput, RoomStats } from './input';
import { RecentKeys } from './ring';

export interface GateContext extends Omit<CommandContext, 'now' | 'by'> {
  room: LiveRoom;
  /** Records the command (the journal); throws when it cannot. */
  record: ((input: RoomInput) => void) | null;
  /** Takes the new state; returns the success ack. */
  commit: (room: LiveRoom, changed: Section[]) => Extract<CommandAck, { ok: true }>;
}

/**
 * The way commands get into a room: role check, idempotency by (caller, command id), and
 * journal-before-apply — a command is acknowledged only once it is recorded, and refused
 * (the room left unchanged) when the record fails.
 */
export class CommandGate {
  private readonly results = new RecentKeys<CommandAck>(10_000);

  constructor(private readonly stats: RoomStats) {}

  /** Remembered acks, oldest first (a checkpoint: idempotency must survive a restart). */
  serialise(): Array<[string, CommandAck]> {
    return this.results.entries();
  }

  load(acks: ReadonlyArray<[string, CommandAck]>): void {
    for (const [k, v] of acks) this.results.set(k, v);
  }

  run(command: Command, caller: Caller, now: number, ctx: GateContext): CommandAck {
    const key = `${caller.id}:${command.id}`;
    const previous = this.results.get(key);
    if (previous) return previous;
    this.stats.commands++;
    let ack: CommandAck;
    let recordError: string | null = null;
    if (!mayRun(caller.role, command.type)) {
      ack = { ok: false, error: { code: 'forbidden', message: `role ${caller.role} may not run ${command.type}` } };
    } else {
      const result = applyLiveCommand(ctx.room, command, { now, by: caller.name, callerId: caller.id, findComment: ctx.findComment, newId: ctx.newId });
      if (result.ok && result.changed.length && ctx.record) {
        try {
          ctx.record({ kind: 'command', at: now, caller, command });
        } catch (e) {
          recordError = e instanceof Error ? e.message : String(e);
        }
      }
      if (result.ok && recordError === null) ack = ctx.commit(result.room, result.changed);
      else if (result.ok) ack = { ok: false, error: { code: 'state', message: `journal write failed, command not applied (${recordError})` } };
      else ack = { ok: false, error: result.error };
    }
    if (!ack.ok) this.stats.rejectedCommands++;
    // A record failure is not remembered: a retry of the same id may succeed once the disk does.
    if (recordError === null) this.results.set(key, ack);
    return ack;
  }
}
