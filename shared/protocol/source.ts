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

/** Kinds of source: the simulator, a recorded stream, and platform connectors. */
export type SourceKind = 'sim' | 'replay' | 'connector';

/** Takes normalised events, in time order. */
export type EmitEvents = (events: LiveEvent[]) => void;

/** Reads the room as it is at `now` (epoch ms). */
export type ViewRoom = (now: number) => RoomView;

/**
 * Where a room's live events come from: the simulator, a recorded stream, or a platform
 * connector (TikTok LIVE, an NDJSON ingest URL, a console reader…). A source pushes normalised
 * `LiveEvent`s through `emit` and reads the room only through `view`.
 */
export interface EventSource {
  readonly kind: SourceKind;
  start(emit: EmitEvents, view: ViewRoom): void;
  stop(): void;
  /** Optional health report for a later source manager (connected, lag, errors…). */
  status?(): SourceStatus;
}

export interface SourceStatus {
  state: 'starting' | 'running' | 'stopped' | 'failed';
  /** Events emitted so far. */
  events: number;
  /** Last problem, as a developer string (the renderer words codes). */
  detail?: string;
}
