import { z } from 'zod';
import { CueKind } from './events';
import { Id, Role } from './common';
import { ProductRole, RunOfShow, TalkSection } from './runOfShow';
import { AlertThresholds } from './settings';

/**
 * Commands from clients to the hub. Each carries a client-made `id` (idempotency key: the hub
 * applies one id once and answers repeats with the first result). Commands that edit the
 * run-of-show carry `rev`, the document revision they were made against.
 */
const cmd = { id: Id };

export const Command = z.discriminatedUnion('type', [
  z.object({ ...cmd, type: z.literal('slot.takeNext') }),
  z.object({ ...cmd, type: z.literal('slot.skip'), slotId: Id }),
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
    kind: CueKind, note: z.string().max(300).default(''),
    slotId: Id.optional(), plannedCueId: Id.optional(),
  }),
  z.object({ ...cmd, type: z.literal('cue.ack'), cueId: Id }),
  z.object({ ...cmd, type: z.literal('comment.push'), commentId: Id }),
  z.object({ ...cmd, type: z.literal('comment.answer'), commentId: Id }),
  z.object({ ...cmd, type: z.literal('prompter.section'), section: TalkSection.nullable() }),
  z.object({ ...cmd, type: z.literal('show.replace'), rev: z.number().int().min(0), show: RunOfShow }),
  z.object({ ...cmd, type: z.literal('settings.alerts'), thresholds: AlertThresholds.partial() }),
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
};

export function mayRun(role: Role, type: CommandType): boolean {
  return COMMAND_ROLES[type].includes(role);
}

export const ERROR_CODES = ['invalid', 'forbidden', 'conflict', 'not_found', 'rate_limited', 'too_large', 'state'] as const;
/** Why a command was refused, as a code the client words (shared/i18n/commands.ts), with `params`. */
export const COMMAND_ERROR_REASONS = [
  'show_changed', 'show_ended', 'no_next_slot', 'slot_not_found', 'product_not_in_catalog',
  'product_not_found', 'cue_not_found', 'comment_gone', 'slot_orphan_product',
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
  /** On conflict: the hub's current revision. */
  rev: z.number().int().optional(),
});
export type CommandError = z.infer<typeof CommandError>;

export const CommandAck = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), seq: z.number().int(), rev: z.number().int() }),
  z.object({ ok: z.literal(false), error: CommandError }),
]);
export type CommandAck = z.infer<typeof CommandAck>;
