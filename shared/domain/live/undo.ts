import type { Command, CommandErrorReason, CommandOf, UndoableCommandType } from '../../protocol/commands';
import { UNDOABLE_COMMANDS } from '../../protocol/commands';
import type { LiveState } from '../../protocol/room';
import { liveTimings } from '../../protocol/settings';
import type { CommandResult, LiveRoom, Section } from './commands';
import { reinstateCues } from './cueLifecycle';
import type { UndoEntry } from './undoEntry';

/** Undo entries kept at most (older ones cannot be undone anyway). */
const MAX_UNDO = 20;
/** An undo sent just after the window closes on screen still counts (latency, the toast's fade). */
const UNDO_GRACE_MS = 5000;

export const isUndoable = (cmd: Command): cmd is Extract<Command, { type: UndoableCommandType }> =>
  (UNDOABLE_COMMANDS as readonly string[]).includes(cmd.type);

/** The room after an undoable command with its undo entry added (old and expired entries dropped). */
export function recordUndo(before: LiveRoom, after: LiveRoom, cmd: Command, callerId: string, now: number, withdrewCues: string[]): LiveRoom {
  if (!isUndoable(cmd)) return after;
  const keepMs = liveTimings(after.settings).undoWindowMs + UNDO_GRACE_MS;
  const entry: UndoEntry = {
    commandId: cmd.id, callerId, type: cmd.type, at: now,
    before: { live: before.live, show: before.show, rev: before.rev },
    after: { live: after.live, rev: after.rev },
    productId: 'productId' in cmd ? cmd.productId : null,
    withdrewCues,
  };
  const kept = (after.undo ?? []).filter((e) => now - e.at <= keepMs);
  return { ...after, undo: [...kept, entry].slice(-MAX_UNDO) };
}

/** The fields of the live state that moving through the queue changes. */
const queueFields = (l: LiveState) => [l.onAirSlotId, l.onAirSince, l.runs, l.skipped, l.prompterSection];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const fail = (code: 'not_found' | 'stale' | 'state' | 'conflict', reason: CommandErrorReason, rev?: number): CommandResult =>
  ({ ok: false, error: rev === undefined ? { code, reason } : { code, reason, rev } });

/**
 * `live.undo`: puts back what one queue action changed, exactly as it was — the on-air slot, its
 * start time and timer, the runs and skips (take-next, skip, go-to); the order (reorder, as a new
 * revision); a product's stock and sold-out state. Refused (`stale`) when the room has moved on
 * since in a way the undo would overwrite (another take-next, another edit of the order).
 */
export function applyUndo(room: LiveRoom, cmd: CommandOf<'live.undo'>, callerId: string, now: number): CommandResult {
  const entries = room.undo ?? [];
  const idx = findEntry(entries, cmd.commandId, callerId);
  const entry = idx < 0 ? undefined : entries[idx];
  if (!entry) return fail('not_found', 'nothing_to_undo');
  if (now - entry.at > liveTimings(room.settings).undoWindowMs + UNDO_GRACE_MS) return fail('state', 'undo_expired');
  const undo = entries.filter((_, i) => i !== idx);
  const done = (next: Partial<LiveRoom>, changed: Section[]): CommandResult => ({ ok: true, room: { ...room, ...next, undo }, changed });

  switch (entry.type) {
    case 'slot.takeNext':
    case 'slot.skip':
    case 'slot.goTo': {
      if (!same(queueFields(room.live), queueFields(entry.after.live))) return fail('stale', 'undo_on_air_moved');
      const b = entry.before.live;
      const live: LiveState = { ...room.live, onAirSlotId: b.onAirSlotId, onAirSince: b.onAirSince, runs: b.runs, skipped: b.skipped, prompterSection: b.prompterSection };
      if (!entry.withdrewCues.length) return done({ live }, ['live']);
      return done({ live, cues: reinstateCues(room.cues, entry.withdrewCues) }, ['live', 'cues']);
    }
    case 'queue.move': {
      if (room.rev !== entry.after.rev) return fail('conflict', 'undo_show_changed', room.rev);
      return done({ show: entry.before.show, rev: room.rev + 1 }, ['show', 'live']);
    }
    case 'product.soldOut':
    case 'product.stock': {
      const id = entry.productId!;
      const planned = entry.before.show.products.find((p) => p.id === id)?.stock ?? 0;
      const prev = entry.before.live.products[id];
      const prevState = prev ?? { stock: planned, soldOut: false };
      const made = entry.after.live.products[id];
      const cur = room.live.products[id];
      const products = { ...room.live.products };
      if (same(cur, made)) {
        // Nothing touched the product since: its state before, exactly.
        if (prev) products[id] = prev;
        else delete products[id];
      } else if (cur && made) {
        // Orders came in meanwhile: take back only what the action did.
        products[id] = { ...cur, stock: Math.max(0, cur.stock - (made.stock - prevState.stock)), soldOut: prevState.soldOut };
      }
      return done({ live: { ...room.live, products } }, ['live']);
    }
  }
}

/** The newest entry for `commandId`, the caller's own first (command ids are per client). */
function findEntry(entries: readonly UndoEntry[], commandId: string, callerId: string): number {
  let other = -1;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i]!.commandId !== commandId) continue;
    if (entries[i]!.callerId === callerId) return i;
    if (other < 0) other = i;
  }
  return other;
}
