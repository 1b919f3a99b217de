import type { Command, CommandAck } from '../../../shared/protocol/commands';
import { mayRun } from '../../../shared/protocol/commands';
import type { Role } from '../../../shared/protocol/common';
import { MAX_NICKNAME } from '../../../shared/protocol/common';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { MetricsSnapshot } from '../../../shared/protocol/metrics';
import type { Alert, CommentItem, Delta, DeltaSections, LiveState, Peer, RoomSnapshot } from '../../../shared/protocol/room';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { slotPrice } from '../../../shared/protocol/runOfShow';
import { classifyComment } from '../../../shared/domain/comments/classify';
import { applyCommand, type LiveRoom, type Section } from '../../../shared/domain/live/commands';
import { currentAlerts, mergeAlerts } from '../../../shared/domain/alerts/evaluate';
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/alerts/thresholds';
import { activeCueKinds } from '../../../shared/domain/live/cues';
import { emptyLiveState, findSlot } from '../../../shared/domain/live/queue';
import { createMetricsEngine, type MetricsEngine } from '../../../shared/domain/metrics/engine';
import { SERIES_TAIL_POINTS } from '../../../shared/domain/metrics/mergeSeries';
import { lintShow } from '../../../shared/domain/compliance/lintShow';
import { buildReview } from '../../../shared/domain/review/buildReview';
import { CommentStats } from '../../../shared/domain/review/commentStats';
import { sanitizeViewerText } from '../../../shared/text/sanitize';
import type { ReviewReport } from '../../../shared/protocol/review';
import { phraseFromNote } from '../../../shared/sim/catalog';
import type { SimContext } from '../../../shared/sim/simulator';
import { RecentKeys, Ring } from './ring';

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

export interface Caller {
  id: string;
  name: string;
  role: Role;
}

/** Inputs that change a room, in order — what a journal records to rebuild it. */
export type RoomInput =
  | { kind: 'events'; at: number; events: LiveEvent[] }
  | { kind: 'command'; at: number; caller: Caller; command: Command };

export interface RoomStats {
  events: number;
  duplicates: number;
  commands: number;
  rejectedCommands: number;
}

const METRICS_IDLE_MS = 1000;

/**
 * The state of one live room: the single source of truth the hub serves. It takes events and
 * commands, and hands out batched, seq-numbered deltas. No I/O here.
 */
export class Room {
  readonly roomId: string;
  readonly startedAt: number;
  private core: LiveRoom;
  private seq = 0;
  private readonly engine: MetricsEngine = createMetricsEngine();
  private metrics: MetricsSnapshot | null = null;
  private metricsAt = 0;
  private eventsSinceMetrics = 0;
  private readonly comments: Ring<CommentItem>;
  private readonly commentIndex = new RecentKeys<CommentItem>(5000);
  private pendingComments: CommentItem[] = [];
  private dirty = new Set<Section | 'peers' | 'alerts'>();
  /** (time, online) about once a second, for the one-minute viewer-drop alert. */
  private readonly onlineSamples = new Ring<{ t: number; online: number }>(90);
  private platformWarnings: { id: string; message: string; at: number }[] = [];
  private alertsSentAt = 0;
  private log: Ring<Delta>;
  private readonly seenEvents = new RecentKeys(200_000);
  private readonly commandResults = new RecentKeys<CommandAck>(10_000);
  private peers = new Map<string, Peer>();
  private alerts: Alert[] = [];
  private idCounter = 0;
  private answered = new Set<string>();
  private readonly commentStats = new CommentStats();
  /** Price-claim findings per product of the current show (a refund-risk signal), by show identity. */
  private priceClaims: { show: RunOfShow; counts: Record<string, number> } | null = null;
  readonly stats: RoomStats = { events: 0, duplicates: 0, commands: 0, rejectedCommands: 0 };
  /** Put the explained product on air when the platform says so (replays of recorded shows). */
  followExplain = false;
  /** Called with every input that changed the room (the journal hooks in here). */
  onInput: ((input: RoomInput) => void) | null = null;

  constructor(opts: RoomOptions) {
    this.roomId = opts.roomId;
    this.startedAt = opts.now;
    this.comments = new Ring(opts.commentBuffer ?? 500);
    this.log = new Ring(opts.logSize ?? 600);
    let live = emptyLiveState();
    const first = opts.show.slots[0];
    if (opts.startOnAir && first) {
      live = { ...live, onAirSlotId: first.id, onAirSince: opts.now, runs: [{ slotId: first.id, productId: first.productId, startedAt: opts.now, endedAt: null, outcome: null }] };
    }
    this.core = { show: opts.show, rev: 0, live, cues: [], qa: { pushed: [], answered: [] }, settings: { alertThresholds: DEFAULT_THRESHOLDS } };
  }

  get currentSeq(): number {
    return this.seq;
  }

  get show(): RunOfShow {
    return this.core.show;
  }

  get live(): LiveState {
    return this.core.live;
  }

  get rev(): number {
    return this.core.rev;
  }

  private onAirProductId(): string | null {
    return findSlot(this.core.show, this.core.live.onAirSlotId)?.productId ?? null;
  }

  /** Take events from a source. Duplicates (same message id) are dropped. */
  ingest(events: readonly LiveEvent[], now: number): number {
    let accepted = 0;
    const fresh: LiveEvent[] = [];
    for (const e of events) {
      if (this.seenEvents.has(e.id)) { this.stats.duplicates++; continue; }
      this.seenEvents.set(e.id, true);
      fresh.push(e);
      accepted++;
      this.applyEvent(e);
    }
    this.stats.events += accepted;
    this.eventsSinceMetrics += accepted;
    if (fresh.length && this.onInput) this.onInput({ kind: 'events', at: now, events: fresh });
    return accepted;
  }

  private applyEvent(e: LiveEvent): void {
    const onAirProductId = this.onAirProductId();
    if (e.type === 'comment') {
      const text = sanitizeViewerText(e.text);
      const cls = classifyComment(text);
      const item: CommentItem = {
        id: e.id, ts: e.ts, userId: e.userId, nickname: sanitizeViewerText(e.nickname, MAX_NICKNAME) || '匿名',
        text, intent: cls.intent, topic: cls.topic, productId: onAirProductId,
      };
      this.comments.push(item);
      this.commentStats.add(item);
      this.commentIndex.set(item.id, item);
      this.pendingComments.push(item);
      this.engine.ingest(e, { onAirProductId, intent: cls.intent, topic: cls.topic });
      return;
    }
    this.engine.ingest(e, { onAirProductId });
    switch (e.type) {
      case 'order.paid': this.adjustStock(e.productId, -e.quantity); break;
      case 'product.state': this.setProductState(e.productId, e); break;
      case 'explain':
        if (this.followExplain && e.state === 'start') this.followExplainStart(e.productId, e.ts);
        break;
      case 'platform.warning':
        this.platformWarnings = [...this.platformWarnings, { id: e.id, message: sanitizeViewerText(e.message, 200), at: e.ts }].slice(-5);
        break;
      case 'stream.end': this.core = { ...this.core, live: { ...this.core.live, ended: true } }; this.dirty.add('live'); break;
      default: break;
    }
  }

  /** The platform started explaining a product: put its (next unfinished) slot on air. */
  private followExplainStart(productId: string, at: number): void {
    const { show, live } = this.core;
    if (findSlot(show, live.onAirSlotId)?.productId === productId) return;
    const done = new Set(live.runs.map((r) => r.slotId));
    const slot = show.slots.find((s) => s.productId === productId && !done.has(s.id)) ?? show.slots.find((s) => s.productId === productId);
    if (!slot) return;
    const result = applyCommand(this.core, { id: `explain-${at}`, type: 'slot.goTo', slotId: slot.id }, {
      now: at, by: 'platform', findComment: () => null, newId: () => `x${++this.idCounter}`,
    });
    if (!result.ok) return;
    this.core = result.room;
    for (const s of result.changed) this.dirty.add(s);
  }

  private productLive(productId: string) {
    const p = this.core.show.products.find((x) => x.id === productId);
    return this.core.live.products[productId] ?? { stock: p?.stock ?? 0, soldOut: false };
  }

  private adjustStock(productId: string, delta: number): void {
    const cur = this.productLive(productId);
    const stock = Math.max(0, cur.stock + delta);
    this.putProductLive(productId, { ...cur, stock, soldOut: cur.soldOut || stock === 0 });
  }

  private setProductState(productId: string, e: { price?: number; stock?: number; soldOut?: boolean }): void {
    const cur = this.productLive(productId);
    this.putProductLive(productId, {
      ...cur,
      ...(e.price !== undefined ? { price: e.price } : {}),
      ...(e.stock !== undefined ? { stock: e.stock } : {}),
      ...(e.soldOut !== undefined ? { soldOut: e.soldOut } : {}),
    });
  }

  private putProductLive(productId: string, state: LiveState['products'][string]): void {
    const live = this.core.live;
    this.core = { ...this.core, live: { ...live, products: { ...live.products, [productId]: state } } };
    this.dirty.add('live');
  }

  /** Apply a client command: role check, idempotency by command id, revision rules. */
  apply(command: Command, caller: Caller, now: number): CommandAck {
    const key = `${caller.id}:${command.id}`;
    const previous = this.commandResults.get(key);
    if (previous) return previous;
    this.stats.commands++;
    let ack: CommandAck;
    let journalError: string | null = null;
    if (!mayRun(caller.role, command.type)) {
      ack = { ok: false, error: { code: 'forbidden', message: `角色「${caller.role}」不能执行 ${command.type}` } };
    } else {
      const result = applyCommand(this.core, command, {
        now, by: caller.name,
        findComment: (id) => {
          const c = this.commentIndex.get(id);
          return c ? { text: c.text, nickname: c.nickname, topic: c.topic } : null;
        },
        newId: () => `${now.toString(36)}-${(++this.idCounter).toString(36)}`,
      });
      // Journal first: a command is acknowledged only once it is on disk (it is refused, and the
      // room left unchanged, when the journal cannot take it).
      if (result.ok && result.changed.length && this.onInput) {
        try {
          this.onInput({ kind: 'command', at: now, caller, command });
        } catch (e) {
          journalError = e instanceof Error ? e.message : String(e);
        }
      }
      if (result.ok && journalError === null) {
        this.core = result.room;
        for (const s of result.changed) this.dirty.add(s);
        if (command.type === 'comment.answer') this.answered.add(command.commentId);
        ack = { ok: true, seq: this.seq + (this.hasPending() ? 1 : 0), rev: this.core.rev };
      } else if (result.ok) {
        ack = { ok: false, error: { code: 'state', message: `会话日志写入失败，命令未执行 (journal: ${journalError})` } };
      } else {
        ack = { ok: false, error: result.error };
      }
    }
    if (!ack.ok) this.stats.rejectedCommands++;
    // A journal failure is not remembered: a retry of the same id may succeed once the disk does.
    if (journalError === null) this.commandResults.set(key, ack);
    return ack;
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
      this.pendingComments = [];
    }
  }

  /**
   * After a replay: continue numbering deltas after `seq`, with an empty resync log, so any
   * client that asks for what it missed since an older seq gets a snapshot, never "nothing new".
   */
  restoreSeq(seq: number): void {
    this.seq = Math.max(this.seq, seq);
    this.log = new Ring(this.log.capacity);
    this.pendingComments = [];
    this.dirty.clear();
  }

  setPeers(peers: Peer[]): void {
    this.peers = new Map(peers.map((p) => [p.id, p]));
    this.dirty.add('peers');
  }

  /** Re-evaluate alerts against fresh metrics; publish when one came, went or changed severity. */
  private evaluateAlerts(now: number, metrics: MetricsSnapshot): void {
    const last = this.onlineSamples.size ? this.onlineSamples.toArray()[this.onlineSamples.size - 1]! : null;
    if (!last || now - last.t >= 1000) this.onlineSamples.push({ t: now, online: metrics.now.online });
    const minuteAgo = this.onlineSamples.toArray().find((s) => now - s.t <= 61_000 && now - s.t >= 59_000) ?? null;
    this.platformWarnings = this.platformWarnings.filter((w) => now - w.at < 10 * 60_000);
    const drafts = currentAlerts({
      now, show: this.core.show, live: this.core.live, metrics, thresholds: this.core.settings.alertThresholds,
      onlineMinuteAgo: minuteAgo?.online ?? null, platformWarnings: this.platformWarnings,
    });
    const { alerts, changed, reworded } = mergeAlerts(this.alerts, drafts, now);
    if (changed || (reworded && now - this.alertsSentAt >= 5000)) {
      this.alerts = alerts;
      this.alertsSentAt = now;
      this.dirty.add('alerts');
    }
  }

  get currentAlerts(): readonly Alert[] {
    return this.alerts;
  }

  hasPending(): boolean {
    return this.dirty.size > 0 || this.pendingComments.length > 0;
  }

  /** Fresh metrics when anything happened since the last computation, or once a second anyway. */
  private currentMetrics(now: number, force = false): { metrics: MetricsSnapshot; fresh: boolean } {
    const stale = !this.metrics || this.eventsSinceMetrics > 0 || now - this.metricsAt >= METRICS_IDLE_MS;
    if (force || stale) {
      this.metrics = this.engine.snapshot(now, {
        show: this.core.show, live: this.core.live, answered: this.answered, priceClaimFindings: this.priceClaimCounts(),
      });
      this.metricsAt = now;
      this.eventsSinceMetrics = 0;
      return { metrics: this.metrics, fresh: true };
    }
    return { metrics: this.metrics!, fresh: false };
  }

  /** Talking points that make price claims the product's price data does not support, per product. */
  private priceClaimCounts(): Record<string, number> {
    const show = this.core.show;
    if (this.priceClaims?.show !== show) {
      const counts: Record<string, number> = {};
      for (const f of lintShow(show)) {
        if (f.category !== 'price') continue;
        const productId = show.slots[f.slotIndex]?.productId;
        if (productId) counts[productId] = (counts[productId] ?? 0) + 1;
      }
      this.priceClaims = { show, counts };
    }
    return this.priceClaims.counts;
  }

  get latestMetrics(): MetricsSnapshot | null {
    return this.metrics;
  }

  /** Close the current batch into one delta (or null when nothing changed). */
  flush(now: number): Delta | null {
    const { metrics, fresh } = this.currentMetrics(now, this.dirty.has('live') || this.dirty.has('show'));
    if (fresh) this.evaluateAlerts(now, metrics);
    if (!fresh && !this.hasPending()) return null;
    const sections: DeltaSections = {};
    if (this.pendingComments.length) sections.comments = this.pendingComments;
    if (this.dirty.has('show')) sections.show = { rev: this.core.rev, show: this.core.show };
    if (this.dirty.has('live')) sections.live = this.core.live;
    if (this.dirty.has('cues')) sections.cues = this.core.cues;
    if (this.dirty.has('qa')) sections.qa = this.core.qa;
    if (this.dirty.has('peers')) sections.peers = [...this.peers.values()];
    if (this.dirty.has('alerts')) sections.alerts = this.alerts;
    if (this.dirty.has('settings')) sections.settings = this.core.settings;
    if (fresh) {
      // The per-minute series only changes at its end: send the newest minutes, not 6 hours of them.
      sections.metrics = { ...metrics, series: metrics.series.slice(-SERIES_TAIL_POINTS) };
      sections.seriesTail = true;
    }
    this.pendingComments = [];
    this.dirty.clear();
    const delta: Delta = { seq: ++this.seq, serverTime: now, ...sections };
    this.log.push(delta);
    return delta;
  }

  /** Deltas after `sinceSeq`, or null when the log no longer reaches back that far. */
  since(sinceSeq: number): Delta[] | null {
    if (sinceSeq >= this.seq) return [];
    const out = this.log.tailWhile((d) => d.seq > sinceSeq);
    if (!out.length || out[0]!.seq !== sinceSeq + 1) return null;
    return out;
  }

  snapshot(now: number): RoomSnapshot {
    return {
      roomId: this.roomId,
      seq: this.seq,
      serverTime: now,
      startedAt: this.startedAt,
      rev: this.core.rev,
      show: this.core.show,
      live: this.core.live,
      cues: this.core.cues,
      qa: this.core.qa,
      metrics: this.metrics ?? this.currentMetrics(now, true).metrics,
      comments: this.comments.toArray(),
      alerts: this.alerts,
      peers: [...this.peers.values()],
      settings: this.core.settings,
    };
  }

  /** The 复盘 report of the session so far. */
  review(now: number): ReviewReport {
    const { metrics } = this.currentMetrics(now);
    return buildReview({ now, startedAt: this.startedAt, show: this.core.show, live: this.core.live, metrics, comments: this.commentStats });
  }

  /** What the simulated audience sees of the room now. */
  simContext(now: number): SimContext {
    const slot = findSlot(this.core.show, this.core.live.onAirSlotId);
    const productId = slot?.productId ?? null;
    const activeCues = activeCueKinds(this.core.cues, now);
    const luckyBag = activeCues.includes('lucky_bag') ? this.core.cues.findLast((c) => c.kind === 'lucky_bag') : undefined;
    const phrase = luckyBag ? phraseFromNote(luckyBag.note) : null;
    return {
      onAirProductId: productId,
      onAirRole: slot?.role ?? null,
      livePrice: slot ? (this.core.live.products[slot.productId]?.price ?? slotPrice(this.core.show, slot)) : 0,
      soldOut: productId ? this.productLive(productId).soldOut : false,
      activeCues,
      // The host reading the 逼单 section counts as pressure selling.
      pressure: this.core.live.prompterSection === 'closing' || activeCues.includes('flash_sale'),
      ...(phrase ? { luckyBagPhrase: phrase } : {}),
      show: this.core.show,
    };
  }
}
