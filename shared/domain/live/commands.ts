import type { Command, CommandError, CommandErrorReason } from '../../protocol/commands';
import type { FiredCue, LiveState, QaState } from '../../protocol/room';
import type { RunOfShow, Slot } from '../../protocol/runOfShow';
import { liveTimings as liveTimingsOf, type RoomSettings } from '../../protocol/settings';
import { emptyTalkingPoints } from '../../protocol/runOfShow';
import { findSlot, nextSlot } from './queue';
import { newFiredCue } from './cueLifecycle';
import { carriedOnAirSlot, remapOnAir } from './showDiff';
import type { UndoEntry } from './undoEntry';
import { ownEntry, withEntry } from '../idTable';
import { retirePlan, type RetiredPlan } from './retired';

/** The part of a room that commands change. Immutable: every change returns new section objects. */
export interface LiveRoom {
  show: RunOfShow;
  rev: number;
  live: LiveState;
  cues: FiredCue[];
  qa: QaState;
  settings: RoomSettings;
  /** Recent undoable queue actions (shared/domain/live/undo.ts); optional for rooms made before issue 14. */
  undo?: readonly UndoEntry[];
  /** Products and aired slots of replaced shows (./retired.ts), so the review can still name them. */
  retired?: RetiredPlan;
}

export type Section = 'show' | 'live' | 'cues' | 'qa' | 'settings';

export interface CommandContext {
  now: number;
  /** Display name of who sent it, for the log. */
  by: string;
  /** Looks up a comment the hub still holds (for push-to-prompter). */
  findComment(id: string): { text: string; nickname: string; topic: FiredCueTopic } | null;
  /** Fresh id for a fired cue. */
  newId(): string;
}
type FiredCueTopic = QaState['pushed'][number]['topic'];

export type CommandResult =
  | { ok: true; room: LiveRoom; changed: Section[] }
  | { ok: false; error: CommandError };

type ErrorParams = NonNullable<CommandError['params']>;
const fail = (code: CommandError['code'], reason: CommandErrorReason, params?: ErrorParams, rev?: number): CommandResult => {
  const error: CommandError = { code, reason };
  if (params) error.params = params;
  if (rev !== undefined) error.rev = rev;
  return { ok: false, error };
};

/** Caps for lists that would otherwise grow through a long session. */
const MAX_CUES = 200;
const MAX_PUSHED = 50;
const MAX_ANSWERED = 2000;
/** Most a slot can be extended in total, minutes. */
const MAX_EXTRA_MINUTES = 240;
/** Largest stock a product can be driven to. */
const MAX_STOCK = 10_000_000;

/** End the on-air slot (if any) and put `slot` on air. */
function putOnAir(room: LiveRoom, slot: Slot | null, now: number, outcome: 'done' | 'skipped' = 'done'): LiveState {
  const live = room.live;
  const runs = live.runs.map((r) => (r.endedAt === null ? { ...r, endedAt: now, outcome } : r));
  if (slot) runs.push({ slotId: slot.id, productId: slot.productId, startedAt: now, endedAt: null, outcome: null });
  return {
    ...live,
    runs,
    onAirSlotId: slot ? slot.id : null,
    onAirSince: slot ? now : null,
    prompterSection: null,
  };
}

function editRev(room: LiveRoom, rev: number): CommandResult | null {
  if (rev !== room.rev) return fail('conflict', 'show_changed', { current: room.rev, yours: rev }, room.rev);
  return null;
}

/** Apply one command to the room. Pure: the input room is never mutated. */
export function applyCommand(room: LiveRoom, cmd: Command, ctx: CommandContext): CommandResult {
  const ok = (next: Partial<LiveRoom>, changed: Section[]): CommandResult => ({ ok: true, room: { ...room, ...next }, changed });
  if (room.live.ended && cmd.type !== 'cue.ack' && cmd.type !== 'comment.answer' && cmd.type !== 'show.replace') {
    return fail('state', 'show_ended');
  }
  switch (cmd.type) {
    case 'slot.takeNext': {
      const next = nextSlot(room.show, room.live);
      if (!next) return fail('state', 'no_next_slot');
      return ok({ live: putOnAir(room, next, ctx.now) }, ['live']);
    }
    case 'slot.goTo': {
      const slot = findSlot(room.show, cmd.slotId);
      if (!slot) return fail('not_found', 'slot_not_found');
      if (slot.id === room.live.onAirSlotId) return ok({}, []);
      const live = putOnAir(room, slot, ctx.now);
      return ok({ live: { ...live, skipped: live.skipped.filter((id) => id !== slot.id) } }, ['live']);
    }
    case 'slot.skip': {
      const slot = findSlot(room.show, cmd.slotId);
      if (!slot) return fail('not_found', 'slot_not_found');
      if (slot.id === room.live.onAirSlotId) {
        const next = nextSlot(room.show, room.live);
        const live = putOnAir(room, next, ctx.now, 'skipped');
        return ok({ live }, ['live']);
      }
      if (room.live.skipped.includes(slot.id)) return ok({}, []);
      return ok({ live: { ...room.live, skipped: [...room.live.skipped, slot.id] } }, ['live']);
    }
    case 'slot.extend': {
      const slot = findSlot(room.show, cmd.slotId);
      if (!slot) return fail('not_found', 'slot_not_found');
      const total = (ownEntry(room.live.extraMinutes, slot.id) ?? 0) + cmd.minutes;
      // Bounds on the running total, not just each step: a slot never shrinks below zero minutes or grows past MAX_EXTRA_MINUTES.
      if (total < -slot.plannedMinutes || total > MAX_EXTRA_MINUTES) return fail('invalid', 'extend_out_of_range', { max: MAX_EXTRA_MINUTES });
      return ok({ live: { ...room.live, extraMinutes: withEntry(room.live.extraMinutes, slot.id, total) } }, ['live']);
    }
    case 'show.end':
      return ok({ live: { ...putOnAir(room, null, ctx.now), ended: true } }, ['live']);
    case 'queue.move': {
      const conflict = editRev(room, cmd.rev);
      if (conflict) return conflict;
      const from = room.show.slots.findIndex((s) => s.id === cmd.slotId);
      if (from < 0) return fail('not_found', 'slot_not_found');
      const slots = [...room.show.slots];
      const [moved] = slots.splice(from, 1);
      slots.splice(Math.min(cmd.toIndex, slots.length), 0, moved!);
      return ok({ show: { ...room.show, slots }, rev: room.rev + 1 }, ['show', 'live']);
    }
    case 'queue.insert': {
      const conflict = editRev(room, cmd.rev);
      if (conflict) return conflict;
      const product = room.show.products.find((p) => p.id === cmd.productId);
      if (!product) return fail('not_found', 'product_not_in_catalog');
      const slot: Slot = {
        id: ctx.newId(), productId: product.id, role: cmd.role ?? 'hero', plannedMinutes: cmd.plannedMinutes ?? 5,
        mechanism: '', talkingPoints: emptyTalkingPoints(), cues: [], targets: {},
      };
      const slots = [...room.show.slots];
      slots.splice(Math.min(cmd.atIndex, slots.length), 0, slot);
      return ok({ show: { ...room.show, slots }, rev: room.rev + 1 }, ['show', 'live']);
    }
    case 'product.soldOut':
    case 'product.stock': {
      const product = room.show.products.find((p) => p.id === cmd.productId);
      if (!product) return fail('not_found', 'product_not_found');
      const cur = ownEntry(room.live.products, product.id) ?? { stock: product.stock, soldOut: false };
      const next = cmd.type === 'product.soldOut'
        ? { ...cur, soldOut: cmd.soldOut }
        : { ...cur, stock: Math.min(MAX_STOCK, Math.max(0, cur.stock + cmd.delta)), soldOut: cur.stock + cmd.delta <= 0 ? cur.soldOut : false };
      return ok({ live: { ...room.live, products: withEntry(room.live.products, product.id, next) } }, ['live']);
    }
    case 'cue.fire': {
      const cue: FiredCue = newFiredCue(room, cmd, ctx);
      return ok({ cues: [...room.cues, cue].slice(-MAX_CUES) }, ['cues']);
    }
    case 'cue.ack': {
      const idx = room.cues.findIndex((c) => c.id === cmd.cueId);
      if (idx < 0) return fail('not_found', 'cue_not_found');
      if (room.cues[idx]!.ackedAt !== null) return ok({}, []);
      const cues = [...room.cues];
      cues[idx] = { ...cues[idx]!, ackedAt: ctx.now, ackedBy: ctx.by };
      return ok({ cues }, ['cues']);
    }
    case 'comment.push': {
      if (room.qa.pushed.some((q) => q.commentId === cmd.commentId)) return ok({}, []);
      const c = ctx.findComment(cmd.commentId);
      if (!c) return fail('not_found', 'comment_gone');
      const pushed = [...room.qa.pushed, {
        commentId: cmd.commentId, text: c.text, nickname: c.nickname, topic: c.topic,
        pushedAt: ctx.now, pushedBy: ctx.by, answeredAt: null,
      }].slice(-MAX_PUSHED);
      return ok({ qa: { ...room.qa, pushed } }, ['qa']);
    }
    case 'comment.answer': {
      if (room.qa.answered.includes(cmd.commentId)) return ok({}, []);
      const pushed = room.qa.pushed.map((q) => (q.commentId === cmd.commentId ? { ...q, answeredAt: ctx.now } : q));
      const answered = [...room.qa.answered, cmd.commentId].slice(-MAX_ANSWERED);
      return ok({ qa: { pushed, answered } }, ['qa']);
    }
    case 'prompter.section':
      return ok({ live: { ...room.live, prompterSection: cmd.section } }, ['live']);
    case 'settings.live':
      return ok({ settings: { ...room.settings, liveTimings: { ...liveTimingsOf(room.settings), ...cmd.timings } } }, ['settings']);
    case 'live.undo':
      // Undo needs the room's journal of previous states: applyLiveCommand (./applyLive.ts) handles it.
      return fail('invalid', 'undo_elsewhere');
    case 'settings.alerts':
      return ok({ settings: { ...room.settings, alertThresholds: { ...room.settings.alertThresholds, ...cmd.thresholds } } }, ['settings']);
    case 'show.replace': {
      const conflict = editRev(room, cmd.rev);
      if (conflict) return conflict;
      const ids = new Set(cmd.show.products.map((p) => p.id));
      const orphan = cmd.show.slots.find((s) => !ids.has(s.productId));
      if (orphan) return fail('invalid', 'slot_orphan_product', { slot: orphan.id, product: orphan.productId });
      const slotIds = new Set(cmd.show.slots.map((s) => s.id));
      // The on-air run stays on air while its product is in the new show (same slot, or the slot
      // that now carries the product: timer and run kept); otherwise the room waits for take-next.
      const carried = carriedOnAirSlot(room.show, room.live, cmd.show);
      const live = carried ? remapOnAir(room.live, carried) : room.live.onAirSlotId ? putOnAir(room, null, ctx.now) : room.live;
      return ok({
        show: cmd.show, rev: room.rev + 1, live: { ...live, skipped: live.skipped.filter((id) => slotIds.has(id)) },
        retired: retirePlan(room.retired, room.show, cmd.show, live),
      }, ['show', 'live']);
    }
  }
}
