import { z } from 'zod';
import { EpochMs, Id } from './common';
import type { CueKind, LiveEvent } from './events';
import type { ProductRole, RunOfShow } from './runOfShow';

/**
 * What a source may read of the control room at a moment: a narrow, read-only view. The
 * simulated audience reacts to it; a platform connector may ignore it.
 */
export interface RoomView {
  readonly onAirProductId: string | null;
  readonly onAirRole: ProductRole | null;
  /** Live price of the on-air product, fen. */
  readonly livePrice: number;
  readonly soldOut: boolean;
  /** Cues running now (福袋, coupon, flash sale…). */
  readonly activeCues: readonly CueKind[];
  /** The host is reading pressure lines (逼单); a running flash sale counts as pressure too. */
  readonly pressure?: boolean;
  /** Note of the running 福袋 cue, as the assistant wrote it (the source reads any 口令 out of it). */
  readonly luckyBagNote?: string;
  /** The room's current run-of-show (edited live: a new object). */
  readonly show?: RunOfShow;
}

/** Kinds of source: the simulator, a recorded stream, the ingest URL, and platform connectors. */
export const SOURCE_KINDS = ['sim', 'replay', 'ingest', 'tiktok', 'connector', 'douyin'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Takes normalised events, in time order. Under the source manager it answers how many were new
 * (not duplicates of ids already seen); sources may ignore the answer.
 */
export type EmitEvents = (events: LiveEvent[]) => number | void;

/**
 * What a source tells its manager besides events (all optional to call): its connection dropped
 * (the manager reconnects with backoff), it cannot go on (the manager stops retrying), events it
 * rejected (bad lines of the ingest door), that it is connected, or that the stream ended.
 */
export interface SourceSignals {
  /** Connected / listening (a source that emits at once need not call it: its first events say so). */
  live(): void;
  lost(code: SourceErrorCode): void;
  failed(code: SourceErrorCode): void;
  rejected(count: number): void;
  ended(): void;
  /** Responses of a known endpoint it could not read (a changed page: unknown shape), since the last call. */
  unparsed?(count: number): void;
}

/** Reads the room as it is at `now` (epoch ms). */
export type ViewRoom = (now: number) => RoomView;

/**
 * Where a room's live events come from: the simulator, a recorded stream, or a platform
 * connector (TikTok LIVE, an NDJSON ingest URL, a console reader…). A source pushes normalised
 * `LiveEvent`s through `emit` and reads the room only through `view`.
 */
export interface EventSource {
  readonly kind: SourceKind;
  start(emit: EmitEvents, view: ViewRoom, signals?: SourceSignals): void;
  stop(): void;
  /** Optional health report for a later source manager (connected, lag, errors…). */
  status?(): SourceStatus;
  /** What it can do on the platform (讲解, reply); absent: nothing. */
  readonly actions?: SourceActions;
}

export interface SourceStatus {
  state: 'starting' | 'running' | 'stopped' | 'failed';
  /** Events emitted so far. */
  events: number;
  /** Last problem, as a developer string (the renderer words codes). */
  detail?: string;
}

/* ---- Platform actions (issue 13): what a live source may do on the platform for the room. ---- */

/** Kinds of platform action: switch 讲解 to a product; post a line to the public screen (optionally 置顶). */
export const SOURCE_ACTION_KINDS = ['explain', 'reply'] as const;
export const SourceActionKind = z.enum(SOURCE_ACTION_KINDS);
export type SourceActionKind = z.infer<typeof SourceActionKind>;

/** Longest reply LiveDeck posts (the platform's own comment box takes about this much). */
export const REPLY_MAX_CHARS = 50;

/** One action request as the console sends it (the hub picks the live source that supports it). */
export const SourceAction = z.discriminatedUnion('kind', [
  /** `productId`: the show's product id (the catalog import's shop id, or `dy:<shop id>`). */
  z.object({ kind: z.literal('explain'), productId: Id }),
  z.object({ kind: z.literal('reply'), text: z.string().trim().min(1).max(REPLY_MAX_CHARS), pin: z.boolean().default(false) }),
]);
export type SourceAction = z.infer<typeof SourceAction>;
export type SourceActionInput = z.input<typeof SourceAction>;

/**
 * What became of an action, as a code the renderer words (namespace `domain`):
 *   done — the page did it; page_error — the page refused it with its own text (`pageText`, e.g. 当前用户未开播);
 *   not_found — the product / control is not on the page; timeout — the page did not answer in time;
 *   failed — the connector could not act (page closed, selector broke);
 *   refused before anything reached the platform: kill_switch — the producer stopped all platform actions;
 *   not_live — the source that could act is not `live`; unsupported — no source in the room supports it;
 *   rate_limited — too soon after the last one of its kind (`retryAfterMs`).
 */
export const ACTION_RESULT_CODES = [
  'done', 'page_error', 'not_found', 'timeout', 'failed', 'kill_switch', 'not_live', 'unsupported', 'rate_limited',
] as const;
export const ActionResultCode = z.enum(ACTION_RESULT_CODES);
export type ActionResultCode = z.infer<typeof ActionResultCode>;

/** A connector's answer to one action (the page's text, capped, when it said something). */
export const ActionResult = z.object({
  ok: z.boolean(),
  code: ActionResultCode,
  pageText: z.string().max(200).optional(),
  /** `rate_limited`: when the next one of its kind may go. */
  retryAfterMs: z.number().int().min(0).optional(),
});
export type ActionResult = z.infer<typeof ActionResult>;

/**
 * What a source can do on the platform. A source may support none, some or all of these (an
 * absent method = not supported); the console offers only what the live source supports.
 */
export interface SourceActions {
  explain?(productId: string): Promise<ActionResult>;
  reply?(text: string, opts: { pin: boolean }): Promise<ActionResult>;
}

/** The action kinds a source's `actions` support. */
export function actionKindsOf(actions: SourceActions | undefined): SourceActionKind[] {
  if (!actions) return [];
  return SOURCE_ACTION_KINDS.filter((k) => typeof actions[k] === 'function');
}

/** Health states of a managed source (electron/hub/sources/manager.ts). */
export const SOURCE_STATES = ['connecting', 'live', 'stalled', 'reconnecting', 'failed', 'stopped'] as const;
export const SourceState = z.enum(SOURCE_STATES);
export type SourceState = z.infer<typeof SourceState>;

/**
 * Why a source is not (or was not) well, as a code the renderer words (namespace `domain`):
 *   stalled — no event for the stall time while the room is live;
 *   connect_failed / connection_lost — the platform or feed could not be reached / dropped;
 *   gave_up — it kept failing: the manager stopped retrying, the room keeps its figures;
 *   not_installed — an optional connector package is missing; needs_key — a signing key is missing;
 *   ended — the stream or file ended; start_failed — the source threw when started;
 *   sim_blocked — the simulator was kept out because a real source feeds the room;
 *   not_live — the platform says the creator is not live (the manager retries with backoff).
 */
export const SOURCE_ERROR_CODES = [
  'stalled', 'connect_failed', 'connection_lost', 'gave_up', 'not_installed', 'needs_key', 'ended', 'start_failed', 'sim_blocked',
  'not_live',
] as const;
export const SourceErrorCode = z.enum(SOURCE_ERROR_CODES);
export type SourceErrorCode = z.infer<typeof SourceErrorCode>;

/** One source's health as every client sees it (delta section `sources`). */
export const SourceHealth = z.object({
  id: Id,
  kind: z.enum(SOURCE_KINDS),
  state: SourceState,
  /** When it entered this state (hub clock). */
  since: EpochMs,
  /** Last accepted or duplicate event (hub clock); null before the first. The renderer shows its age. */
  lastEventAt: EpochMs.nullable(),
  /** Events per second over the last few seconds. */
  eventsPerSec: z.number().min(0),
  accepted: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  rejected: z.number().int().min(0),
  /** Last problem as a code (null when none yet). */
  error: SourceErrorCode.nullable(),
  /** Reconnect attempts since it was last live. */
  attempts: z.number().int().min(0),
  /** What it reads, for people: `@username`, a recording's file name (absent for built-in sources). */
  label: z.string().optional(),
  /** Seconds without an event, while on air, before it is stalled. */
  stallSec: z.number().int().min(0).optional(),
  /** Configured on the sources page (the producer may remove it); built-in sources are not. */
  removable: z.boolean().optional(),
  /** Platform actions it supports (issue 13); absent or empty: none. */
  actions: z.array(SourceActionKind).optional(),
  /** Responses it could not read (the page changed shape): a health warning when above 0. */
  unparsed: z.number().int().min(0).optional(),
});
export type SourceHealth = z.infer<typeof SourceHealth>;

/** Stall time bounds a producer may set, seconds. */
export const STALL_SEC = { min: 3, max: 3600 } as const;
export const StallSec = z.number().int().min(STALL_SEC.min).max(STALL_SEC.max);
/** A TikTok creator's unique id as typed (`@name` or `name`): letters, digits, `.` and `_`. */
export const TikTokUniqueId = z.string().trim().regex(/^@?[A-Za-z0-9._]{2,24}$/, 'not a TikTok unique id (@username)');
/** A recording in the data folder's recordings/ (a bare `.jsonl` file name, no folders). */
export const RecordingName = z.string().min(7).max(200).regex(/^[^/\\.][^/\\]*\.jsonl$/, 'not a recording file name');
/** The signing service key of the TikTok package (kept in the data folder, never sent back). */
export const SignKey = z.string().trim().min(1).max(300);

/**
 * A source the producer adds on the sources page (POST /api/sources; persisted in the data
 * folder's sources.json): TikTok LIVE by unique id, a recording to replay, or the ingest door
 * (always listed: adding it starts it).
 */
export const NewSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tiktok'), uniqueId: TikTokUniqueId, signKey: SignKey.optional(), stallSec: StallSec.optional() }),
  z.object({ kind: z.literal('replay'), file: RecordingName, speed: z.number().min(0.1).max(100).optional(), stallSec: StallSec.optional() }),
  z.object({ kind: z.literal('ingest'), stallSec: StallSec.optional() }),
]);
export type NewSource = z.infer<typeof NewSource>;

/** Changes to a source (PUT /api/sources/:id): its stall time; a TikTok source's signing key (empty string: remove it). */
export const SourceUpdate = z.object({ stallSec: StallSec.optional(), signKey: z.string().trim().max(300).optional() });
export type SourceUpdate = z.infer<typeof SourceUpdate>;

/**
 * Why the sources page's request was refused, as a code the renderer words: exists (a source with
 * that id is listed), not_found, builtin (the ingest door and the hub's own source cannot be
 * removed), no_recording (the file is not in recordings/), sim_blocked, not_applicable (a signing
 * key for a source that takes none).
 */
export const SOURCE_REFUSALS = ['exists', 'not_found', 'builtin', 'no_recording', 'sim_blocked', 'not_applicable'] as const;
export type SourceRefusal = (typeof SOURCE_REFUSALS)[number];
