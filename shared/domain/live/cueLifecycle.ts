import type { CommandOf } from '../../protocol/commands';
import type { FiredCue, LiveState } from '../../protocol/room';
import type { RunOfShow } from '../../protocol/runOfShow';
import { DEFAULT_LIVE_TIMINGS, liveTimings, type RoomSettings } from '../../protocol/settings';

/**
 * A cue belongs to its moment (issue 14): to the slot and product on air when it was fired and to
 * the show revision it was fired in. It is withdrawn when its slot leaves the air or its show is
 * replaced, and it expires after the room's cue expiry (or its own countdown, when longer).
 */

interface FireContext {
  show: RunOfShow;
  rev: number;
  live: LiveState;
  settings: RoomSettings;
}

/** The cue a `cue.fire` command adds to the room. */
export function newFiredCue(room: FireContext, cmd: CommandOf<'cue.fire'>, ctx: { now: number; by: string; newId(): string }): FiredCue {
  const slotId = cmd.slotId ?? room.live.onAirSlotId;
  const productId = slotId ? room.show.slots.find((s) => s.id === slotId)?.productId ?? null : null;
  const lifeMs = Math.max(liveTimings(room.settings).cueExpiryMin * 60_000, (cmd.countdownSec ?? 0) * 1000);
  return {
    id: ctx.newId(), kind: cmd.kind, note: cmd.note, slotId,
    plannedCueId: cmd.plannedCueId ?? null, firedAt: ctx.now, firedBy: ctx.by, ackedAt: null, ackedBy: null,
    productId, rev: room.rev, expiresAt: ctx.now + lifeMs, withdrawnAt: null,
    ...(cmd.code ? { code: cmd.code } : {}),
    ...(cmd.countdownSec ? { countdownSec: cmd.countdownSec } : {}),
  };
}

/** Not acknowledged and not withdrawn (expiry aside). */
export const isOpenCue = (c: FiredCue): boolean => c.ackedAt === null && !c.withdrawnAt;

export type WithdrawReason = { kind: 'offAir'; slotId: string } | { kind: 'showReplaced' };

/**
 * Withdraws the open cues a change ends: those of the slot that left the air, or every open cue
 * when the show was replaced. Returns the same array when nothing was withdrawn.
 */
export function withdrawCues(cues: readonly FiredCue[], reason: WithdrawReason, now: number): { cues: FiredCue[]; withdrawn: string[] } {
  const withdrawn: string[] = [];
  const next = cues.map((c) => {
    if (!isOpenCue(c)) return c;
    if (reason.kind === 'offAir' && c.slotId !== reason.slotId) return c;
    withdrawn.push(c.id);
    return { ...c, withdrawnAt: now };
  });
  return { cues: withdrawn.length ? next : [...cues], withdrawn };
}

/** Puts withdrawn cues back (undo of the action that withdrew them). */
export function reinstateCues(cues: readonly FiredCue[], ids: readonly string[]): FiredCue[] {
  if (!ids.length) return [...cues];
  const set = new Set(ids);
  return cues.map((c) => (set.has(c.id) && c.withdrawnAt ? { ...c, withdrawnAt: null } : c));
}

/**
 * The cues the prompter shows now, newest first: open, not expired, and belonging to the live
 * show (their slot and product are in it) — never a cue for a product the show no longer has.
 */
export function prompterCues(cues: readonly FiredCue[], show: RunOfShow | null, now: number): FiredCue[] {
  const slotIds = new Set(show?.slots.map((s) => s.id));
  const productIds = new Set(show?.slots.map((s) => s.productId));
  return cues.filter((c) => {
    if (!isOpenCue(c)) return false;
    // Cues fired before issue 14 carry no expiry: they get the default one.
    if (now >= (c.expiresAt ?? c.firedAt + DEFAULT_LIVE_TIMINGS.cueExpiryMin * 60_000)) return false;
    if (c.slotId && !slotIds.has(c.slotId)) return false;
    if (c.productId && !productIds.has(c.productId)) return false;
    return true;
  }).reverse();
}
