import { z } from 'zod';
import { EpochMs, Fen, Id } from './common';
import { CueKind } from './events';

/**
 * The control API (issue 17): `POST /api/control/<action>` with a CONTROL credential (one role's
 * commands, no UI), for Stream Deck / Companion, clickers and scripts. Each action is one room
 * command through the same gate as the console's (role check, idempotency, journal before apply).
 * What each action picks from the room (docs/integrations.md):
 *   take-next      — `slot.takeNext` against the slot on air now;
 *   skip           — `slot.skip` of the next slot;
 *   undo           — `live.undo` of the last queue action this control credential made (in the undo window);
 *   fire-next-cue  — `cue.fire` of the on-air slot's first planned cue (by offset) not fired yet;
 *   push-question  — `comment.push` of the newest viewer question (intent `question`) in the hub's
 *                    recent comments that is neither pushed nor answered yet;
 *   ack            — `cue.ack` of the top cue on the prompter (newest open, unexpired cue);
 *   sold-out       — `product.soldOut` of the on-air product (already sold out: nothing to do).
 */
export const CONTROL_ACTIONS = ['take-next', 'skip', 'undo', 'fire-next-cue', 'push-question', 'ack', 'sold-out'] as const;
export const ControlAction = z.enum(CONTROL_ACTIONS);
export type ControlAction = z.infer<typeof ControlAction>;

/**
 * Why the control API refused an action, besides the command codes (shared/protocol/commands.ts
 * ERROR_CODES, with their `reason`) and the HTTP ones (unauthorized, wrong_credential, rate_limited).
 */
export const CONTROL_ERROR_CODES = [
  /** The same action again within the room's repeat window (a double press); send `?confirm=1` to mean it. */
  'repeated',
  'nothing_on_air', 'no_next_slot', 'no_cue_to_fire', 'no_question', 'no_cue_to_ack', 'nothing_to_undo',
  /** A credential the hub knows, but not one that opens this door (UI, ingest; overlay on /api/control). */
  'wrong_credential',
  /** Too many event streams open at once. */
  'too_many_streams',
] as const;
export type ControlErrorCode = (typeof CONTROL_ERROR_CODES)[number];

/** Header naming an action's command id: the same key twice applies once (the second gets the first's result). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

const SlotBrief = z.object({
  slotId: Id,
  productId: Id,
  name: z.string(),
  /** The slot's live price, fen. */
  price: Fen,
});

export const PlannedCueState = z.object({
  id: Id,
  kind: CueKind,
  note: z.string(),
  offsetSec: z.number(),
  /** waiting: not due yet; due: due and not fired; fired: on the prompter; acked: the host confirmed it. */
  state: z.enum(['waiting', 'due', 'fired', 'acked']),
});

export const OpenCue = z.object({
  id: Id,
  kind: CueKind,
  note: z.string(),
  firedAt: EpochMs,
  /** Seconds left of a 福袋 / 秒杀 countdown (null: none). */
  countdownLeftSec: z.number().int().nullable(),
});

export const QuestionBrief = z.object({ commentId: Id, nickname: z.string(), text: z.string() });

/** `GET /api/control/state`, and the reply of every action (then with `action`). */
export const ControlState = z.object({
  ok: z.literal(true),
  roomId: Id,
  seq: z.number().int().min(0),
  serverTime: EpochMs,
  ended: z.boolean(),
  onAir: SlotBrief.extend({
    since: EpochMs,
    endsAt: EpochMs.nullable(),
    /** Seconds left of the slot's planned time (negative: overtime). */
    timeLeftSec: z.number().int().nullable(),
    stock: z.number().int().nullable(),
    soldOut: z.boolean(),
  }).nullable(),
  next: SlotBrief.nullable(),
  cues: z.object({
    /** The on-air slot's planned cues, by offset. */
    planned: z.array(PlannedCueState),
    /** Cues on the prompter now, top (newest) first. */
    open: z.array(OpenCue),
  }),
  /** What `push-question` would push now. */
  question: QuestionBrief.nullable(),
  /** The question pushed last (shown on the prompter and the question overlay). */
  pushed: QuestionBrief.extend({ pushedAt: EpochMs, answered: z.boolean() }).nullable(),
  /** On an action's reply: which action, and the command id it ran under (the Idempotency-Key when given). */
  action: z.object({ action: ControlAction, commandId: Id }).optional(),
});
export type ControlState = z.infer<typeof ControlState>;

/** `GET /api/control`: what the door offers (the URL `livedeck serve` prints). */
export const ControlIndex = z.object({
  ok: z.literal(true),
  role: z.enum(['host', 'assistant', 'producer']),
  actions: z.array(z.object({ action: ControlAction, method: z.literal('POST'), path: z.string() })),
  state: z.string(),
  events: z.string(),
});
export type ControlIndex = z.infer<typeof ControlIndex>;
