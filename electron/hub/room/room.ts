import type { Command, CommandAck } from '../../../shared/protocol/commands';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { MetricsSnapshot } from '../../../shared/protocol/metrics';
import type { Alert, Delta, DeltaSection, LiveState, Peer, RoomSnapshot } from '../../../shared/protocol/room';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { RoomView } from '../../../shared/protocol/source';
import type { ReviewReport } from '../../../shared/protocol/review';
import type { LiveRoom } from '../../../shared/domain/live/commands';
import { findSlot } from '../../../shared/domain/live/queue';
import type { RiskSignals } from '../../../shared/domain/refundRisk/model';
import type { RiskWeights } from '../../../shared/domain/refundRisk/weights';
import { buildReview } from '../../../shared/domain/review/buildReview';
import { CommandGate } from './commandGate';
import { DeltaLog } from './deltaLog';
import type { Caller, RoomInput, RoomStats } from './input';
import { Intake } from './intake';
import { applyLiveEvent, openingRoom } from './liveEvents';
import { LiveFigures } from './liveFigures';
import { roomView } from './roomView';
import { ROOM_STATE_VERSION, type RoomState } from './roomState';
import { deltaSections, fullSections, held, seriesTail, whole, type SectionWriters } from './sectionWriters';

export type { Caller, RoomInput, RoomStats } from './input';

export interface RoomOptions {
  roomId: string;
  show: RunOfShow;
  now: number;
  /** Put the first slot on air at start (the simulated room does). */
  startOnAir?: boolean;
  /** How many deltas the hub keeps for clients that missed some (resync). Default 600 (~60 s). */
  logSize?: number;
  /** Most recent comments kept for snapshots. Default 500. */
  commentBuffer?: number;
}

/**
 * The state of one live room: the single source of truth the hub serves. It takes events and
 * commands, and hands out batched, seq-numbered deltas, built from the table of delta sections.
 * Coordinates its parts: intake (dedupe, comments), live events (stock, explain), live figures
 * (metrics, alerts), the delta log. No I/O here.
 */
export class Room {
  readonly roomId: string;
  readonly startedAt: number;
  private core: LiveRoom;
  private readonly log: DeltaLog;
  private readonly intake: Intake;
  private readonly figures = new LiveFigures(() => this.sources.delta());
  private readonly dirty = new Set<DeltaSection>();
  private peers = new Map<string, Peer>();
  private idCounter = 0;
  readonly stats: RoomStats = { events: 0, duplicates: 0, commands: 0, rejectedCommands: 0 };
  private readonly commands = new CommandGate(this.stats);
  /** Put the explained product on air when the platform says so (replays of recorded shows). */
  followExplain = false;
  /** Called with every input that changed the room (the journal hooks in here). */
  onInput: ((input: RoomInput) => void) | null = null;

  private snap: RoomSnapshot | null = null;
  readonly sources = held<'sources'>([], () => this.dirty.add('sources'));
  readonly storage = held<'storage'>({ journal: 'ok', damaged: 0, dropped: 0, pendingBytes: 0 }, () => this.dirty.add('storage'));
  readonly actions = held<'actions'>({ killed: false, log: [] }, () => this.dirty.add('actions'));
  private readonly writers: SectionWriters = {
    comments: { delta: () => this.intake.takePending(), full: () => this.intake.recentComments() },
    show: whole(() => ({ rev: this.core.rev, show: this.core.show })),
    live: whole(() => this.core.live),
    cues: whole(() => this.core.cues),
    qa: whole(() => this.core.qa),
    metrics: {
      delta: () => seriesTail(this.figures.latest!),
      full: (now) => this.figures.latest ?? this.figures.current(this.core, now, true, false).metrics,
    },
    alerts: whole(() => this.figures.currentAlerts),
    peers: whole(() => [...this.peers.values()]),
    settings: whole(() => this.core.settings),
    sources: this.sources,
    storage: this.storage,
    actions: this.actions,
  };

  constructor(opts: RoomOptions) {
    this.roomId = opts.roomId;
    this.startedAt = opts.now;
    this.intake = new Intake(opts.commentBuffer ?? 500);
    this.log = new DeltaLog(opts.logSize ?? 600);
    this.core = openingRoom(opts.show, opts.now, opts.startOnAir === true);
  }

  /** The room's state for a checkpoint (see RoomState); `Room.fromState` continues from it. */
  serialise(): RoomState {
    return {
      v: ROOM_STATE_VERSION, roomId: this.roomId, startedAt: this.startedAt, followExplain: this.followExplain,
      core: this.core, idCounter: this.idCounter, stats: { ...this.stats },
      commands: this.commands.serialise(), intake: this.intake.serialise(), figures: this.figures.serialise(), actions: this.actions.full(0),
    };
  }

  /** A room continuing from a checkpoint's state (throws when the state cannot be read). */
  static fromState(s: RoomState, opts: Pick<RoomOptions, 'logSize' | 'commentBuffer'> = {}): Room {
    if (s.v !== ROOM_STATE_VERSION) throw new Error(`room state v${String(s.v)} is not v${ROOM_STATE_VERSION}`);
    const room = new Room({ roomId: s.roomId, show: s.core.show, now: s.startedAt, ...opts });
    room.core = s.core;
    room.followExplain = s.followExplain;
    room.idCounter = s.idCounter;
    Object.assign(room.stats, s.stats);
    room.commands.load(s.commands);
    room.intake.load(s.intake);
    room.figures.load(s.figures);
    if (s.actions) room.actions.set(s.actions);
    return room;
  }

  get currentSeq(): number { return this.log.currentSeq; }
  get show(): RunOfShow { return this.core.show; }
  get live(): LiveState { return this.core.live; }
  get rev(): number { return this.core.rev; }
  get currentAlerts(): readonly Alert[] { return this.figures.currentAlerts; }
  get latestMetrics(): MetricsSnapshot | null { return this.figures.latest; }

  /** Take events from a source. Duplicates (same message id) are dropped. */
  ingest(events: readonly LiveEvent[], now: number): number {
    const fresh: LiveEvent[] = [];
    for (const e of events) {
      if (!this.intake.fresh(e)) { this.stats.duplicates++; continue; }
      fresh.push(e);
      this.applyEvent(e);
    }
    this.stats.events += fresh.length;
    if (fresh.length && this.onInput) this.onInput({ kind: 'events', at: now, events: fresh });
    return fresh.length;
  }

  private applyEvent(e: LiveEvent): void {
    const onAirProductId = findSlot(this.core.show, this.core.live.onAirSlotId)?.productId ?? null;
    if (e.type === 'comment') {
      const item = this.intake.comment(e, onAirProductId);
      this.figures.ingest(e, { onAirProductId, intent: item.intent, topic: item.topic });
      return;
    }
    this.figures.ingest(e, { onAirProductId });
    this.intake.markers.observe(e);
    const result = applyLiveEvent(this.core, e, { followExplain: this.followExplain, newId: () => `x${++this.idCounter}` });
    this.core = result.room;
    for (const s of result.changed) this.dirty.add(s);
  }

  /** Apply a client command: role check, idempotency by command id, revision rules (CommandGate). */
  apply(command: Command, caller: Caller, now: number): CommandAck {
    return this.commands.run(command, caller, now, {
      room: this.core,
      record: this.onInput,
      findComment: (id) => {
        const c = this.intake.findComment(id);
        return c ? { text: c.text, nickname: c.nickname, topic: c.topic } : null;
      },
      newId: () => `${now.toString(36)}-${(++this.idCounter).toString(36)}`,
      commit: (room, changed) => {
        this.core = room;
        for (const s of changed) this.dirty.add(s);
        if (command.type === 'comment.answer') this.figures.answered.add(command.commentId);
        return { ok: true, seq: this.currentSeq + (this.hasPending() ? 1 : 0), rev: room.rev };
      },
    });
  }

  /**
   * Re-apply one journaled input (crash recovery) through the same code paths, reporting nothing
   * to `onInput` and queueing nothing for clients (they take a snapshot after a restart).
   * Returns false when the input no longer applies (a command the reducer now refuses).
   */
  replay(input: RoomInput): boolean {
    const hook = this.onInput;
    this.onInput = null;
    try {
      if (input.kind === 'events') {
        this.ingest(input.events, input.at);
        return true;
      }
      return this.apply(input.command, input.caller, input.at).ok;
    } finally {
      this.onInput = hook;
      this.intake.takePending();
    }
  }

  /** After a replay: continue numbering deltas after `seq` (see DeltaLog.continueAfter). */
  restoreSeq(seq: number): void {
    this.log.continueAfter(seq);
    this.intake.takePending();
    this.dirty.clear();
  }

  setPeers(peers: Peer[]): void {
    this.peers = new Map(peers.map((p) => [p.id, p]));
    this.dirty.add('peers');
  }

  hasPending(): boolean {
    return this.dirty.size > 0 || this.intake.hasPending;
  }

  /** Close the current batch into one delta (or null when nothing changed). */
  flush(now: number): Delta | null {
    const { fresh, alertsChanged } = this.figures.current(this.core, now, this.dirty.has('live') || this.dirty.has('show'));
    if (fresh) this.dirty.add('metrics');
    if (alertsChanged) this.dirty.add('alerts');
    if (this.intake.hasPending) this.dirty.add('comments');
    if (!this.dirty.size) return null;
    const sections = deltaSections(this.writers, this.dirty);
    this.dirty.clear();
    return this.log.push(sections, now);
  }

  /** Deltas after `sinceSeq`, or null when the log no longer reaches back that far. */
  since(sinceSeq: number): Delta[] | null { return this.log.since(sinceSeq); }

  /**
   * The whole room at the current seq. Built once per seq and shared (a flood of resyncs costs
   * serialising, not rebuilding) while nothing is waiting to be flushed; only `serverTime` is per call.
   */
  snapshot(now: number): RoomSnapshot {
    const settled = !this.dirty.size && !this.intake.hasPending && this.figures.latest !== null;
    if (settled && this.snap?.seq === this.currentSeq) return { ...this.snap, serverTime: now };
    const full = fullSections(this.writers, now);
    const snap = { ...full, roomId: this.roomId, seq: this.currentSeq, serverTime: now, startedAt: this.startedAt, rev: full.show.rev, show: full.show.show };
    this.snap = settled ? snap : null;
    return snap;
  }

  /** The 复盘 report of the session so far. */
  review(now: number): ReviewReport {
    const { metrics } = this.figures.current(this.core, now, false, false);
    const { show, live, retired, cues } = this.core;
    return buildReview({ now, startedAt: this.startedAt, show, live, metrics, comments: this.intake.commentStats, retired, cues, platformMarkers: this.intake.markers.all() });
  }

  /** Use these refund-risk weights from now on (the hub's fitted file; the built-ins by default). */
  setRiskWeights(weights: RiskWeights): void { this.figures.riskWeights = weights; }

  /** Metrics now and every product's refund-risk inputs, for `livedeck calibrate` (changes nothing). */
  calibrationPoint(now: number): { metrics: MetricsSnapshot; signals: Map<string, RiskSignals> } {
    return this.figures.calibrationPoint(this.core, now);
  }

  /** What a source may read of the room now. */
  view(now: number): RoomView { return roomView(this.core, now); }
}
