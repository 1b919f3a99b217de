import type { Role } from '../../../shared/protocol/common';
import {
  ACTION_LOG_SIZE, ACTION_TIMEOUT_MS, type ActionRecord, type PlatformActionsState,
} from '../../../shared/protocol/platformActions';
import {
  actionKindsOf, type ActionResult, type SourceAction, type SourceActionKind, type SourceActions, type SourceState,
} from '../../../shared/protocol/source';
import { ActionRate, DEFAULT_ACTION_GAPS } from './actionRate';

/** A source that may act, as the source manager lists it. */
export interface ActingSource {
  id: string;
  state: SourceState;
  actions: SourceActions;
}

export interface ActionCaller {
  name: string;
  role: Role;
}

export interface ActionDeskOptions {
  now: () => number;
  /** The room's sources that can act (SourceManager.actionable). */
  sources: () => ActingSource[];
  /** The state changed (the room's `actions` delta section). */
  publish: (state: PlatformActionsState) => void;
  /** Journal one entry (a request, then the same id with its result; kill-switch changes). */
  record?: (rec: ActionRecord) => void;
  timeoutMs?: number;
  gaps?: Partial<Record<SourceActionKind, number>>;
}

const refused = (code: ActionResult['code'], extra: Partial<ActionResult> = {}): ActionResult => ({ ok: false, code, ...extra });

/**
 * The one way platform actions leave the hub (issue 13 safety rails). In order: the kill switch
 * refuses everything; an action needs a source that supports it, and acts only through one that
 * is `live`; one 讲解 switch per 2 s and one reply per 3 s; the page must answer in time. Every
 * request and its result is logged (the `actions` section everyone sees, and the journal),
 * refusals included.
 */
export class ActionDesk {
  private killed = false;
  private log: ActionRecord[] = [];
  private readonly rate: ActionRate;
  private n = 0;

  constructor(private readonly opts: ActionDeskOptions) {
    this.rate = new ActionRate({ ...DEFAULT_ACTION_GAPS, ...opts.gaps });
  }

  get state(): PlatformActionsState {
    return { killed: this.killed, log: this.log };
  }

  /**
   * Continue after a restart: from the state a checkpoint kept (or null), then the journaled entries
   * after it — the log, and the kill switch as it was last left.
   */
  load(base: PlatformActionsState | null, entries: readonly ActionRecord[]): void {
    if (base) {
      this.killed = base.killed;
      this.log = [...base.log];
    }
    for (const rec of entries) {
      if (rec.kind === 'kill_on' || rec.kind === 'kill_off') this.killed = rec.kind === 'kill_on';
      this.keep(rec);
    }
    if (entries.length || base?.killed || base?.log.length) this.publish();
  }

  /** The producer's kill switch. Returns the new state. */
  setKill(on: boolean, caller: ActionCaller): boolean {
    if (this.killed === on) return on;
    this.killed = on;
    const now = this.opts.now();
    this.commit({ ...this.base(on ? 'kill_on' : 'kill_off', caller, now), result: { ok: true, code: 'done' }, doneAt: now });
    return on;
  }

  /** Perform one action; resolves to its log entry once the page answered (or it was refused). */
  async perform(action: SourceAction, caller: ActionCaller): Promise<ActionRecord> {
    const now = this.opts.now();
    const rec: ActionRecord = {
      ...this.base(action.kind, caller, now),
      ...(action.kind === 'explain' ? { productId: action.productId } : { text: action.text, pin: action.pin }),
    };
    const finish = (sourceId: string | null, result: ActionResult): ActionRecord => {
      const done: ActionRecord = { ...rec, sourceId, result, doneAt: this.opts.now() };
      this.commit(done);
      return done;
    };

    if (this.killed) return finish(null, refused('kill_switch'));
    const able = this.opts.sources().filter((s) => actionKindsOf(s.actions).includes(action.kind));
    if (!able.length) return finish(null, refused('unsupported'));
    const live = able.find((s) => s.state === 'live');
    if (!live) return finish(able[0]!.id, refused('not_live'));
    const wait = this.rate.take(action.kind, now);
    if (wait > 0) return finish(live.id, refused('rate_limited', { retryAfterMs: Math.ceil(wait) }));

    // Journal before acting: a request that cannot be recorded does not reach the platform.
    if (!this.commit({ ...rec, sourceId: live.id })) return finish(live.id, refused('failed'));
    return finish(live.id, await this.call(live.actions, action));
  }

  private async call(actions: SourceActions, action: SourceAction): Promise<ActionResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<ActionResult>((resolve) => {
      timer = setTimeout(() => resolve(refused('timeout')), this.opts.timeoutMs ?? ACTION_TIMEOUT_MS);
    });
    try {
      const run = action.kind === 'explain' ? actions.explain!(action.productId) : actions.reply!(action.text, { pin: action.pin });
      return await Promise.race([run.catch(() => refused('failed')), timeout]);
    } catch {
      return refused('failed');
    } finally {
      clearTimeout(timer);
    }
  }

  private base(kind: ActionRecord['kind'], caller: ActionCaller, now: number): ActionRecord {
    return {
      id: `pa${now.toString(36)}-${(++this.n).toString(36)}`, at: now, kind, sourceId: null,
      by: caller.name.slice(0, 40), role: caller.role, result: null, doneAt: null,
    };
  }

  /** Journal one entry, keep it (replacing the pending entry of the same id) and tell everyone. False: not journaled. */
  private commit(rec: ActionRecord): boolean {
    let journaled = true;
    try {
      this.opts.record?.(rec);
    } catch (err) {
      journaled = false;
      console.error('[hub] journaling a platform action failed:', err);
    }
    this.keep(rec);
    this.publish();
    return journaled;
  }

  private keep(rec: ActionRecord): void {
    const at = this.log.findIndex((r) => r.id === rec.id);
    this.log = at >= 0 ? this.log.map((r, i) => (i === at ? rec : r)) : [...this.log, rec].slice(-ACTION_LOG_SIZE);
  }

  private publish(): void {
    this.opts.publish(this.state);
  }
}
