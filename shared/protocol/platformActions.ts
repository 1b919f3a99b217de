import { z } from 'zod';
import { EpochMs, Id, Role } from './common';
import { ActionResult, REPLY_MAX_CHARS, SourceActionKind } from './source';

/**
 * The room's platform actions (issue 13) as every client sees them (delta section `actions`):
 * whether the producer's kill switch is on, and the log of every action request and its result
 * (also journaled, and shown in the review log). Rate limits: one 讲解 switch per
 * EXPLAIN_MIN_GAP_MS, one reply per REPLY_MIN_GAP_MS — never faster than a person at the
 * platform's own console would do it.
 */
export const EXPLAIN_MIN_GAP_MS = 2000;
export const REPLY_MIN_GAP_MS = 3000;
/** The page must answer an action within this (else `timeout`). */
export const ACTION_TIMEOUT_MS = 10_000;
/** Log entries the room keeps for clients (the journal keeps all). */
export const ACTION_LOG_SIZE = 200;

/** One log entry: an action request (with its result once the page answered), or a kill-switch change. */
export const ActionRecord = z.object({
  id: Id,
  at: EpochMs,
  /** `kill_on` / `kill_off`: the producer turned all platform actions off / back on. */
  kind: z.union([SourceActionKind, z.enum(['kill_on', 'kill_off'])]),
  /** The source that acted (null when refused before one was chosen). */
  sourceId: Id.nullable(),
  by: z.string().max(40),
  role: Role,
  productId: Id.optional(),
  text: z.string().max(REPLY_MAX_CHARS).optional(),
  pin: z.boolean().optional(),
  /** Null while the page has not answered yet. */
  result: ActionResult.nullable(),
  doneAt: EpochMs.nullable(),
});
export type ActionRecord = z.infer<typeof ActionRecord>;

export const PlatformActionsState = z.object({
  /** The kill switch: every action is refused with `kill_switch` while on. */
  killed: z.boolean(),
  /** Newest last, capped at ACTION_LOG_SIZE. */
  log: z.array(ActionRecord).max(ACTION_LOG_SIZE),
});
export type PlatformActionsState = z.infer<typeof PlatformActionsState>;

export const KillSwitchBody = z.object({ on: z.boolean() });
