import type { Command, CommandAck } from '../../../shared/protocol/commands';
import { mayRun } from '../../../shared/protocol/commands';
import type { CommandContext, LiveRoom, Section } from '../../../shared/domain/live/commands';
import { applyLiveCommand } from '../../../shared/domain/live/applyLive';
import type { Caller, RoomInput, RoomStats } from './input';
import { RecentKeys } from './ring';
import { sanitizeViewerText } from '../../../shared/text/sanitize';
import { TEXT_LIMITS } from '../../../shared/protocol/limits';

export interface GateContext extends Omit<CommandContext, 'now' | 'by'> {
  room: LiveRoom;
  /** Records the command (the journal); throws when it cannot. */
  record: ((input: RoomInput) => void) | null;
  /** Takes the new state; returns the success ack. */
  commit: (room: LiveRoom, changed: Section[]) => Extract<CommandAck, { ok: true }>;
}

/** Team text is sanitised like viewer text (controls, bidi, lone surrogates out; length capped). */
function teamText(command: Command): Command {
  if (command.type === 'cue.fire') return { ...command, note: sanitizeViewerText(command.note, MAX_CUE_NOTE) };
  return command;
}
const MAX_CUE_NOTE = TEXT_LIMITS.cueNote;
/** Ids are validated (no control characters), so a unit separator joins a checkpoint key safely. */
const KEY_SEP = '\u001f';

/** Results remembered per client (a retry storm rarely spans more than a few dozen commands). */
const PER_CLIENT_RESULTS = 2_000;
/** Clients remembered per role (a show has a handful; reconnecting tabs keep their id). */
const MAX_CLIENTS = 128;

/**
 * The way commands get into a room: role check, idempotency by (caller, command id), and
 * journal-before-apply — a command is acknowledged only once it is recorded, and refused
 * (the room left unchanged) when the record fails.
 */
export class CommandGate {
  /**
   * Idempotency results, one bounded cache per (role, client id): a client's commands can only
   * push out its own remembered results, never another client's. Each role keeps its own table of
   * clients (evicted oldest-used first beyond MAX_CLIENTS), so no host or assistant, however many
   * connections it opens, can push out a producer's results.
   */
  private readonly results = new Map<Caller['role'], Map<string, RecentKeys<CommandAck>>>();

  constructor(private readonly stats: RoomStats) {}

  /** Remembered acks as (role, client, command id) keys (a checkpoint: idempotency must survive a restart). */
  serialise(): Array<[string, CommandAck]> {
    const out: Array<[string, CommandAck]> = [];
    for (const [role, clients] of this.results) {
      for (const [client, cache] of clients) for (const [id, ack] of cache.entries()) out.push([[role, client, id].join(KEY_SEP), ack]);
    }
    return out;
  }

  load(acks: ReadonlyArray<[string, CommandAck]>): void {
    for (const [key, ack] of acks) {
      const [role, id, commandId] = key.split(KEY_SEP) as [Caller['role'], string, string];
      this.cacheOf({ role, id }).set(commandId, ack);
    }
  }

  private cacheOf(caller: Pick<Caller, 'role' | 'id'>): RecentKeys<CommandAck> {
    let clients = this.results.get(caller.role);
    if (!clients) this.results.set(caller.role, (clients = new Map()));
    let cache = clients.get(caller.id);
    if (cache) clients.delete(caller.id);
    else cache = new RecentKeys<CommandAck>(PER_CLIENT_RESULTS);
    clients.set(caller.id, cache);
    while (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    return cache;
  }

  run(sent: Command, caller: Caller, now: number, ctx: GateContext): CommandAck {
    const command = teamText(sent);
    const results = this.cacheOf(caller);
    const previous = results.get(command.id);
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
    if (recordError === null) results.set(command.id, ack);
    return ack;
  }
}
