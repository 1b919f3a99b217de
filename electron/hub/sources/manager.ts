import type { LiveEvent } from '../../../shared/protocol/events';
import { actionKindsOf } from '../../../shared/protocol/source';
import type {
  EventSource, SourceActions, SourceErrorCode, SourceHealth, SourceKind, SourceSignals, SourceState, ViewRoom,
} from '../../../shared/protocol/source';
import { backoffDelay, type Backoff } from './backoff';
import { RateWindow } from './rateWindow';

export interface SourceManagerOptions {
  now: () => number;
  /** The room's intake: takes events, answers how many were new (not duplicates). */
  ingest: (events: LiveEvent[], now: number) => number;
  view: ViewRoom;
  /** After events went in (the broadcaster's flushSoon). */
  afterIngest?: () => void;
  /** The health list changed: a state at once, counts at most once per tick. */
  onHealth: (list: SourceHealth[]) => void;
  /** Is the room on air? A source only stalls while it is. */
  roomLive: () => boolean;
  /** No event for this long while live → stalled. Default 15 s. */
  stallMs?: number;
  backoff?: Partial<Backoff>;
  /** 0..1, for the backoff's jitter. Default Math.random. */
  random?: () => number;
}

/** A source to manage: one instance, or a factory that makes a fresh one for each (re)connect. */
export type SourceSpec = EventSource | { kind: SourceKind; create: () => EventSource };

export type AddResult = { ok: true } | { ok: false; code: 'sim_blocked' | 'exists' };

/** How a source is shown and watched: its label, its own stall time, whether the producer may remove it. */
export interface SourceExtras {
  label?: string;
  stallMs?: number;
  removable?: boolean;
}

interface Entry {
  id: string;
  kind: SourceKind;
  spec: SourceSpec;
  instance: EventSource | null;
  /** Bumped on every (re)start: signals and events of an older instance are ignored. */
  generation: number;
  state: SourceState;
  since: number;
  liveSince: number;
  lastEventAt: number | null;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Responses it could not read (a changed page). */
  unparsed: number;
  error: SourceErrorCode | null;
  attempts: number;
  retryAt: number | null;
  rate: RateWindow;
  extras: SourceExtras;
}

const DEFAULT_BACKOFF: Backoff = { baseMs: 1000, maxMs: 30_000, maxAttempts: 6 };

/** Real sources: anything but the simulator. The simulator is never mixed into a real room. */
const isReal = (kind: SourceKind) => kind !== 'sim';
const running = (s: SourceState) => s !== 'stopped' && s !== 'failed';

/**
 * The room's sources and their health. Several may feed one room; each has a state
 * (connecting → live ⇄ stalled; reconnecting with jittered backoff after a dropped connection;
 * failed after too many attempts — the room keeps its state; stopped), counts of accepted,
 * duplicate and rejected events, events per second and its last error as a code. Driven by
 * `tick(now)` (the hub calls it each second; tests call it on a fake clock). No I/O here.
 */
export class SourceManager {
  private readonly entries = new Map<string, Entry>();
  private readonly stallMs: number;
  private readonly backoff: Backoff;
  private readonly random: () => number;
  private countsChanged = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly opts: SourceManagerOptions) {
    this.stallMs = opts.stallMs ?? 15_000;
    this.backoff = { ...DEFAULT_BACKOFF, ...opts.backoff };
    this.random = opts.random ?? Math.random;
  }

  /**
   * Add a source and start it. The simulator is refused while a real source runs; a real source
   * stops a running simulator (its health says why).
   */
  add(id: string, spec: SourceSpec, start = true, extras: SourceExtras = {}): AddResult {
    if (this.entries.has(id)) return { ok: false, code: 'exists' };
    const kind = spec.kind;
    if (!isReal(kind) && this.realRunning()) return { ok: false, code: 'sim_blocked' };
    const t = this.opts.now();
    this.entries.set(id, {
      id, kind, spec, instance: null, generation: 0, state: 'stopped', since: t, liveSince: t, lastEventAt: null,
      accepted: 0, duplicates: 0, rejected: 0, unparsed: 0, error: null, attempts: 0, retryAt: null, rate: new RateWindow(5), extras: { ...extras },
    });
    if (start) this.start(id);
    else this.publish();
    return { ok: true };
  }

  /** Start (or restart) a stopped or failed source. False when unknown or refused. */
  start(id: string): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    if (!isReal(e.kind) && this.realRunning()) {
      this.setState(e, 'stopped', 'sim_blocked');
      return false;
    }
    if (isReal(e.kind)) {
      for (const other of this.entries.values()) {
        if (!isReal(other.kind) && running(other.state)) this.halt(other, 'stopped', 'sim_blocked');
      }
    }
    e.attempts = 0;
    this.launch(e);
    return true;
  }

  /** Stop a source by hand (no reconnect). */
  stop(id: string): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    this.halt(e, 'stopped', null);
    return true;
  }

  /** Change a source's stall time (ms; undefined: the manager's default). False when unknown. */
  configure(id: string, change: { stallMs?: number | undefined }): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    e.extras = { ...e.extras, stallMs: change.stallMs };
    this.publish();
    return true;
  }

  /** Stop a source and forget it. False when unknown. */
  remove(id: string): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    this.stopInstance(e);
    this.entries.delete(id);
    this.publish();
    return true;
  }

  /** Stop every source and the ticker. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const e of this.entries.values()) if (e.instance) this.halt(e, 'stopped', e.error);
  }

  /** The health of every source, in the order added. */
  list(now = this.opts.now()): SourceHealth[] {
    return [...this.entries.values()].map((e) => ({
      id: e.id, kind: e.kind, state: e.state, since: e.since, lastEventAt: e.lastEventAt,
      eventsPerSec: e.rate.perSecond(now), accepted: e.accepted, duplicates: e.duplicates, rejected: e.rejected,
      error: e.error, attempts: e.attempts, stallSec: Math.round(this.stallOf(e) / 1000),
      ...(e.extras.label !== undefined ? { label: e.extras.label } : {}), ...(e.extras.removable ? { removable: true } : {}),
      ...(e.instance?.actions ? { actions: actionKindsOf(e.instance.actions) } : {}), ...(e.unparsed ? { unparsed: e.unparsed } : {}),
    }));
  }

  private stallOf(e: Entry): number {
    return e.extras.stallMs ?? this.stallMs;
  }

  /** Sources that can act on the platform, with their state (platform actions act only through a `live` one). */
  actionable(): Array<{ id: string; state: SourceState; actions: SourceActions }> {
    const out: Array<{ id: string; state: SourceState; actions: SourceActions }> = [];
    for (const e of this.entries.values()) if (e.instance?.actions) out.push({ id: e.id, state: e.state, actions: e.instance.actions });
    return out;
  }

  /** Call the tick each `ms` (the hub's clock); `close()` ends it. */
  run(ms = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(this.opts.now()), ms);
    this.timer.unref?.();
  }

  /** Stall detection, due reconnects, and the counts published at most once per tick. */
  tick(now: number): void {
    const live = this.opts.roomLive();
    let changed = false;
    for (const e of this.entries.values()) {
      if (e.state === 'reconnecting' && e.retryAt !== null && now >= e.retryAt) {
        this.launch(e);
        continue;
      }
      if (e.state === 'live' && live && now - Math.max(e.lastEventAt ?? e.liveSince, e.liveSince) >= this.stallOf(e)) {
        e.state = 'stalled';
        e.since = now;
        e.error = 'stalled';
        changed = true;
      }
    }
    if (changed || this.countsChanged) this.publish(now);
  }

  private realRunning(): boolean {
    for (const e of this.entries.values()) if (isReal(e.kind) && running(e.state)) return true;
    return false;
  }

  private launch(e: Entry): void {
    if (e.instance) this.stopInstance(e);
    const gen = ++e.generation;
    const instance = 'create' in e.spec ? e.spec.create() : e.spec;
    e.instance = instance;
    e.retryAt = null;
    this.setState(e, 'connecting', e.state === 'reconnecting' ? e.error : null);
    const current = () => e.generation === gen && e.instance === instance;
    const signals: SourceSignals = {
      live: () => { if (current() && e.state === 'connecting') this.becomeLive(e); },
      lost: (code) => { if (current()) this.lost(e, code); },
      failed: (code) => { if (current()) this.halt(e, 'failed', code); },
      rejected: (n) => { if (current() && n > 0) { e.rejected += n; this.countsChanged = true; } },
      ended: () => { if (current()) this.halt(e, 'stopped', 'ended'); },
      unparsed: (n) => { if (current() && n > 0) { e.unparsed += n; this.countsChanged = true; } },
    };
    try {
      instance.start((events) => (current() ? this.take(e, events) : 0), this.opts.view, signals);
    } catch {
      if (current()) this.lost(e, 'start_failed');
    }
  }

  private take(e: Entry, events: LiveEvent[]): number {
    if (!events.length) return 0;
    const now = this.opts.now();
    const fresh = this.opts.ingest(events, now);
    e.accepted += fresh;
    e.duplicates += events.length - fresh;
    e.lastEventAt = now;
    e.rate.add(now, events.length);
    this.countsChanged = true;
    if (e.state !== 'live') this.becomeLive(e);
    this.opts.afterIngest?.();
    return fresh;
  }

  private becomeLive(e: Entry): void {
    const now = this.opts.now();
    e.attempts = 0;
    e.liveSince = now;
    // A recovered stall or reconnect keeps its last error for the record; the state says it is well.
    this.setState(e, 'live', e.error);
  }

  /** A dropped connection: retry after a jittered backoff, or give up (the room keeps its state). */
  private lost(e: Entry, code: SourceErrorCode): void {
    this.stopInstance(e);
    e.attempts++;
    if (e.attempts > this.backoff.maxAttempts) {
      this.setState(e, 'failed', 'gave_up');
      return;
    }
    e.retryAt = this.opts.now() + backoffDelay(this.backoff, e.attempts, this.random());
    this.setState(e, 'reconnecting', code);
  }

  private halt(e: Entry, state: 'stopped' | 'failed', code: SourceErrorCode | null): void {
    this.stopInstance(e);
    e.retryAt = null;
    this.setState(e, state, code);
  }

  private stopInstance(e: Entry): void {
    const inst = e.instance;
    e.instance = null;
    e.generation++;
    try { inst?.stop(); } catch { /* a source that fails to stop is stopped for us */ }
  }

  private setState(e: Entry, state: SourceState, error: SourceErrorCode | null): void {
    const changed = e.state !== state || e.error !== error;
    if (e.state !== state) e.since = this.opts.now();
    e.state = state;
    e.error = error;
    if (changed) this.publish();
  }

  private publish(now = this.opts.now()): void {
    this.countsChanged = false;
    this.opts.onHealth(this.list(now));
  }
}
