import { z } from 'zod';
import { CueKind } from './events';
import { EpochMs, Id, Role } from './common';
import { MetricsSnapshot } from './metrics';
import { RunOfShow, TalkSection } from './runOfShow';
import { RoomSettings } from './settings';
import { SourceHealth } from './source';
import { PlatformActionsState } from './platformActions';

export const INTENTS = ['question', 'purchase', 'complaint', 'refund', 'praise', 'chitchat', 'spam', 'abuse'] as const;
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

export const TOPICS = ['size', 'price', 'shipping', 'quality', 'usage', 'stock'] as const;
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

/** A viewer comment as the hub forwards it: text already capped, classified once at the hub. */
export const CommentItem = z.object({
  id: Id,
  ts: EpochMs,
  userId: Id,
  nickname: z.string(),
  text: z.string(),
  intent: Intent,
  topic: Topic.nullable(),
  /** Product on air when the comment arrived. */
  productId: z.string().nullable(),
});
export type CommentItem = z.infer<typeof CommentItem>;

export const SlotRun = z.object({
  slotId: Id,
  productId: Id,
  startedAt: EpochMs,
  endedAt: EpochMs.nullable(),
  /** How the slot ended. */
  outcome: z.enum(['done', 'skipped']).nullable(),
});
export type SlotRun = z.infer<typeof SlotRun>;

export const ProductLiveState = z.object({
  stock: z.number().int(),
  soldOut: z.boolean(),
  price: z.number().int().optional(),
});

export const LiveState = z.object({
  onAirSlotId: z.string().nullable(),
  /** When the on-air slot started (epoch ms, hub clock). Timer = onAirSince + planned + extra. */
  onAirSince: EpochMs.nullable(),
  /** Slots that were skipped without airing. */
  skipped: z.array(Id),
  /** Planned-against-actual log of every slot that went on air. */
  runs: z.array(SlotRun),
  /** Minutes added live, per slot id. */
  extraMinutes: z.record(Id, z.number()),
  products: z.record(Id, ProductLiveState),
  /** Section of the talking points the assistant marked for the prompter (null = free scroll). */
  prompterSection: TalkSection.nullable(),
  ended: z.boolean(),
});
export type LiveState = z.infer<typeof LiveState>;

export const FiredCue = z.object({
  id: Id,
  kind: CueKind,
  note: z.string(),
  slotId: z.string().nullable(),
  /** Planned cue id when fired from the plan. */
  plannedCueId: z.string().nullable(),
  firedAt: EpochMs,
  firedBy: z.string(),
  ackedAt: EpochMs.nullable(),
  ackedBy: z.string().nullable(),
  /**
   * Issue 14 (optional: older journals and fixtures lack them). The cue belongs to its slot's
   * product and to the show revision it was fired in; it leaves the prompter when withdrawn
   * (its product left the air, its show was replaced) or once `expiresAt` has passed.
   */
  productId: z.string().nullable().optional(),
  rev: z.number().int().min(0).optional(),
  expiresAt: EpochMs.optional(),
  withdrawnAt: EpochMs.nullable().optional(),
  /** 福袋 口令 and 福袋 / 秒杀 countdown of an ad-hoc cue. */
  code: z.string().optional(),
  countdownSec: z.number().int().optional(),
});
export type FiredCue = z.infer<typeof FiredCue>;

export const PushedQuestion = z.object({
  commentId: Id,
  text: z.string(),
  nickname: z.string(),
  topic: Topic.nullable(),
  pushedAt: EpochMs,
  pushedBy: z.string(),
  answeredAt: EpochMs.nullable(),
});
export type PushedQuestion = z.infer<typeof PushedQuestion>;

export const ALERT_KINDS = ['viewer_drop', 'conversion_below_plan', 'refund_risk', 'stock_low', 'sold_out', 'slot_overtime', 'platform_warning', 'source'] as const;
/**
 * What an alert says, as a code the renderer words (renderer/src/i18n, namespace `domain`).
 * A kind may have several codes (overtime under / over a minute, sold out on air / next).
 */
export const ALERT_CODES = [
  'viewer_drop', 'conversion_below_plan', 'refund_risk_room', 'refund_risk_product', 'stock_low',
  'sold_out_on_air', 'sold_out_next', 'slot_overtime', 'slot_overtime_minutes', 'platform_warning',
  /** A source stalled (no event for its stall time while on air) / failed (gave up, not installed…): params source (kind), label, sec, reason. */
  'source_stalled', 'source_failed',
] as const;
export const AlertCode = z.enum(ALERT_CODES);
export type AlertCode = z.infer<typeof AlertCode>;
/** Figures and names an alert's words need: ratios 0..1, counts, product names, platform text (data). */
export const AlertParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type AlertParams = z.infer<typeof AlertParams>;
/**
 * An alert. Wire shape since issue 10: `code` + `params` replaced the hub-made Chinese `message`.
 * Alerts are derived from state each tick (never journaled), so old journals replay unchanged.
 */
export const Alert = z.object({
  id: Id,
  kind: z.enum(ALERT_KINDS),
  code: AlertCode,
  params: AlertParams,
  severity: z.enum(['info', 'warning', 'critical']),
  productId: z.string().nullable(),
  at: EpochMs,
});
export type Alert = z.infer<typeof Alert>;

export const Peer = z.object({
  id: Id,
  name: z.string(),
  role: Role,
  since: EpochMs,
});
export type Peer = z.infer<typeof Peer>;

export const QaState = z.object({
  pushed: z.array(PushedQuestion),
  /** Ids of comments marked answered (recent, capped). */
  answered: z.array(Id),
});
export type QaState = z.infer<typeof QaState>;

/**
 * Where the overlay, control and ingest credentials are kept: `file` — `credentials.json` in the
 * data folder, so their links survive a restart; `memory` — they change when the hub restarts
 * (`why`: `no_journal` — run with --no-journal; `not_writable` — the data folder cannot be
 * written; `damaged_not_moved` — a damaged credentials file could not be moved aside).
 */
export const CredentialKeeping = z.object({
  kept: z.enum(['file', 'memory']),
  why: z.enum(['no_journal', 'not_writable', 'damaged_not_moved']).optional(),
});
export type CredentialKeeping = z.infer<typeof CredentialKeeping>;

/**
 * Whether the room is being written to disk (its journal), as every client sees it (delta section
 * `storage`): `ok`; `disk-full` — the disk refuses writes for lack of space: the hub serves from
 * memory, holds a bounded tail and refuses commands until space returns; `failing` — writes fail
 * otherwise; `off` — the hub runs without a journal (`--no-journal`): a crash loses the session.
 * `damaged`: journal records skipped on restore (never trusted); `dropped`: events the disk refused
 * longer than the buffer held (kept by the room, missing from the journal).
 */
export const StorageHealth = z.object({
  journal: z.enum(['ok', 'disk-full', 'failing', 'off']),
  damaged: z.number().int().min(0),
  dropped: z.number().int().min(0),
  pendingBytes: z.number().int().min(0),
  /**
   * Events left out of this session's recording (the raw-stream file for replay and review) because
   * its bounded buffer was full or the file failed; the journal and the room still have them.
   * Absent when the hub records nothing (or is older).
   */
  recordingDropped: z.number().int().min(0).optional(),
  /** Where the lasting credentials are kept (the links in OBS, on a Stream Deck, in a connector); absent from older hubs. */
  credentials: CredentialKeeping.optional(),
});
export type StorageHealth = z.infer<typeof StorageHealth>;

/** Full state of a room, sent on join and on resync. */
export const RoomSnapshot = z.object({
  roomId: Id,
  seq: z.number().int().min(0),
  serverTime: EpochMs,
  startedAt: EpochMs,
  /** Revision of the run-of-show document; commands that edit it must name it. */
  rev: z.number().int().min(0),
  show: RunOfShow,
  live: LiveState,
  cues: z.array(FiredCue),
  qa: QaState,
  metrics: MetricsSnapshot,
  /** Most recent comments, oldest first, capped. */
  comments: z.array(CommentItem),
  alerts: z.array(Alert),
  peers: z.array(Peer),
  /** Always sent by the hub; optional only for older clients' fixtures. */
  settings: RoomSettings.optional(),
  /** Health of the room's sources (issue 12); optional for older fixtures. */
  sources: z.array(SourceHealth).optional(),
  /** Whether the room is written to disk (issue 15); optional for older fixtures. */
  storage: StorageHealth.optional(),
  /** Platform actions: kill switch and log (issue 13); optional for older fixtures. */
  actions: PlatformActionsState.optional(),
});
export type RoomSnapshot = z.infer<typeof RoomSnapshot>;

/**
 * One batched delta. Sections present replace the client's copy wholesale; `comments` appends.
 * Deltas are numbered by `seq` with no gaps; a client that sees a gap asks for a resync.
 */
export const Delta = z.object({
  seq: z.number().int().min(1),
  serverTime: EpochMs,
  comments: z.array(CommentItem).optional(),
  show: z.object({ rev: z.number().int(), show: RunOfShow }).optional(),
  live: LiveState.optional(),
  cues: z.array(FiredCue).optional(),
  qa: QaState.optional(),
  metrics: MetricsSnapshot.optional(),
  /**
   * When true, `metrics.series` holds only the newest minutes: merge them into the series held
   * (shared/domain/metrics/mergeSeries) instead of replacing it. Snapshots always carry it whole.
   */
  seriesTail: z.boolean().optional(),
  alerts: z.array(Alert).optional(),
  peers: z.array(Peer).optional(),
  settings: RoomSettings.optional(),
  sources: z.array(SourceHealth).optional(),
  storage: StorageHealth.optional(),
  actions: PlatformActionsState.optional(),
});
export type Delta = z.infer<typeof Delta>;
export type DeltaSections = Omit<Delta, 'seq' | 'serverTime'>;

/**
 * How a client merges each delta section into what it holds:
 *   append     — the section's items follow the ones held (comments);
 *   replace    — the section replaces the copy held;
 *   seriesTail — replace, except `series` holds only the newest points when `seriesTail` is set
 *                (merge them: shared/domain/metrics/mergeSeries).
 * The one list of sections: the hub builds deltas and snapshots from it, the renderer's mergers
 * and appliers are checked against it. Adding a section = one line here, plus its writer.
 */
export const DELTA_SECTIONS = {
  comments: 'append',
  show: 'replace',
  live: 'replace',
  cues: 'replace',
  qa: 'replace',
  metrics: 'seriesTail',
  alerts: 'replace',
  peers: 'replace',
  settings: 'replace',
  sources: 'replace',
  storage: 'replace',
  actions: 'replace',
} as const satisfies Record<Exclude<keyof DeltaSections, 'seriesTail'>, 'append' | 'replace' | 'seriesTail'>;
export type DeltaSection = keyof typeof DELTA_SECTIONS;
export type MergeRule = (typeof DELTA_SECTIONS)[DeltaSection];
/** Sections merged by `rule`. */
export type SectionsWith<R extends MergeRule> = { [K in DeltaSection]: (typeof DELTA_SECTIONS)[K] extends R ? K : never }[DeltaSection];
export const DELTA_SECTION_KEYS = Object.keys(DELTA_SECTIONS) as DeltaSection[];
/** The value each section carries in a delta. */
export type SectionValue<K extends DeltaSection> = NonNullable<DeltaSections[K]>;
