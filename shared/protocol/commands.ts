import { z } from 'zod';
import { CueKind } from './events';
import { Id, Role } from './common';
import { TEXT_LIMITS } from './limits';
import { ProductRole, RunOfShow, TalkSection } from './runOfShow';
import { AlertThresholds, LiveTimings } from './settings';

/**
 * Commands from clients to the hub. Each carries a client-made `id` (idempotency key: the hub
 * applies one id once and answers repeats with the first result). Commands that edit the
 * run-of-show carry `rev`, the document revision they were made against.
 */
const cmd = { id: Id };

export const Command = z.discriminatedUnion('type', [
  /**
   * `fromSlotId`: the slot on air when the client made the command (null: nothing on air). The hub
   * refuses it with `stale` once another slot is on air, so two presses made against the same
   * on-air slot move once. Optional for older clients.
   */
  z.object({ ...cmd, type: z.literal('slot.takeNext'), fromSlotId: Id.nullable().optional() }),
  z.object({ ...cmd, type: z.literal('slot.skip'), slotId: Id, fromSlotId: Id.nullable().optional() }),
  z.object({ ...cmd, type: z.literal('slot.goTo'), slotId: Id }),
  z.object({ ...cmd, type: z.literal('slot.extend'), slotId: Id, minutes: z.number().min(-60).max(120) }),
  z.object({ ...cmd, type: z.literal('show.end') }),
  z.object({ ...cmd, type: z.literal('queue.move'), rev: z.number().int().min(0), slotId: Id, toIndex: z.number().int().min(0).max(1000) }),
  z.object({
    ...cmd, type: z.literal('queue.insert'), rev: z.number().int().min(0),
    productId: Id, atIndex: z.number().int().min(0).max(1000),
    role: ProductRole.optional(), plannedMinutes: z.number().min(0.5).max(600).optional(),
  }),
  z.object({ ...cmd, type: z.literal('product.soldOut'), productId: Id, soldOut: z.boolean() }),
  z.object({ ...cmd, type: z.literal('product.stock'), productId: Id, delta: z.number().int().min(-1_000_000).max(1_000_000) }),
  z.object({
    ...cmd, type: z.literal('cue.fire'),
    kind: CueKind, note: z.string().max(TEXT_LIMITS.cueNote).default(''),
    slotId: Id.optional(), plannedCueId: Id.optional(),
    /** 福袋 口令 (what viewers type to join). */
    code: z.string().max(50).optional(),
    /** 福袋 / 秒杀 countdown, seconds. */
    countdownSec: z.number().int().min(1).max(3600).optional(),
  }),
  z.object({ ...cmd, type: z.literal('cue.ack'), cueId: Id }),
  z.object({ ...cmd, type: z.literal('comment.push'), commentId: Id }),
  z.object({ ...cmd, type: z.literal('comment.answer'), commentId: Id }),
  z.object({ ...cmd, type: z.literal('prompter.section'), section: TalkSection.nullable() }),
  z.object({ ...cmd, type: z.literal('show.replace'), rev: z.number().int().min(0), show: RunOfShow }),
  z.object({ ...cmd, type: z.literal('settings.alerts'), thresholds: AlertThresholds.partial() }),
  /** Undo one earlier queue action (take-next, skip, go-to, reorder, sold-out, stock) by its command id. */
  z.object({ ...cmd, type: z.literal('live.undo'), commandId: Id }),
  z.object({ ...cmd, type: z.literal('settings.live'), timings: LiveTimings.partial() }),
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
/** A command as a client builds it, before the transport adds its id. */
export type CommandInput = Command extends infer C ? (C extends { id: string } ? Omit<C, 'id'> : never) : never;

/** Which roles may send each command. Enforced by the hub (DESIGN §3), not by hiding buttons. */
export const COMMAND_ROLES: Record<CommandType, readonly Role[]> = {
  'slot.takeNext': ['assistant', 'producer'],
  'slot.skip': ['assistant', 'producer'],
  'slot.goTo': ['assistant', 'producer'],
  'slot.extend': ['assistant', 'producer'],
  'show.end': ['assistant', 'producer'],
  'queue.move': ['assistant', 'producer'],
  'queue.insert': ['assistant', 'producer'],
  'product.soldOut': ['assistant', 'producer'],
  'product.stock': ['assistant', 'producer'],
  'cue.fire': ['assistant', 'producer'],
  'cue.ack': ['host', 'assistant', 'producer'],
  'comment.push': ['assistant', 'producer'],
  'comment.answer': ['host', 'assistant', 'producer'],
  'prompter.section': ['host', 'assistant', 'producer'],
  'show.replace': ['producer'],
  'settings.alerts': ['assistant', 'producer'],
  'live.undo': ['assistant', 'producer'],
  'settings.live': ['assistant', 'producer'],
};

/** Queue actions that can be undone with `live.undo` (shared/domain/live/undo.ts). */
export const UNDOABLE_COMMANDS = ['slot.takeNext', 'slot.skip', 'slot.goTo', 'queue.move', 'product.soldOut', 'product.stock'] as const satisfies readonly CommandType[];
export type UndoableCommandType = (typeof UNDOABLE_COMMANDS)[number];

export function mayRun(role: Role, type: CommandType): boolean {
  return COMMAND_ROLES[type].includes(role);
}

export const ERROR_CODES = ['invalid', 'forbidden', 'conflict', 'not_found', 'rate_limited', 'too_large', 'state', 'stale'] as const;
/** Why a command was refused, as a code the client words (shared/i18n/commands.ts), with `params`. */
export const COMMAND_ERROR_REASONS = [
  'show_changed', 'show_ended', 'no_next_slot', 'slot_not_found', 'product_not_in_catalog',
  'product_not_found', 'cue_not_found', 'comment_gone', 'slot_orphan_product',
  'extend_out_of_range', 'on_air_moved', 'nothing_to_undo', 'undo_expired', 'undo_on_air_moved', 'undo_show_changed',
  'undo_elsewhere',
] as const;
export const CommandErrorReason = z.enum(COMMAND_ERROR_REASONS);
export type CommandErrorReason = z.infer<typeof CommandErrorReason>;

export const CommandError = z.object({
  code: z.enum(ERROR_CODES),
  /** Domain refusals: a reason code + params (worded by the client in its language). */
  reason: CommandErrorReason.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Hub-level refusals (role, rate, journal): a diagnostic line, not worded per language. */
  message: z.string().optional(),
  /** On conflict: the hub's current revision. (`stale`: the on-air slot changed since the command was made.) */
  rev: z.number().int().optional(),
});
export type CommandError = z.infer<typeof CommandError>;

export const CommandAck = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), seq: z.number().int(), rev: z.number().int() }),
  z.object({ ok: z.literal(false), error: CommandError }),
]);
export type CommandAck = z.infer<typeof CommandAck>;
