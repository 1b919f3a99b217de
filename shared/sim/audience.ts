import type { Rng } from '../domain/rng';
import { hash32, lognormalByMean } from '../domain/rng';
import { TimeHeap } from './heap';
import { nicknameFor } from './nicknames';
import type { PresetParams } from './presets';

/** One viewer. Identity (id, nickname, propensity) persists across visits; the rest is per visit. */
export interface Viewer {
  n: number;
  id: string;
  nickname: string;
  /** Shopping propensity: the click model picks viewers in proportion to it. */
  propensity: number;
  /** Whether this viewer's enter/leave events are emitted (platform-style sampling). */
  announced: boolean;
  enteredAt: number;
  leaveAt: number;
  /** Index in the present list, -1 when gone. */
  pos: number;
  followed: boolean;
  fan: boolean;
  ordered: Set<string> | null;
}

/** Shoppers vs browsers: 28 % of viewers carry most clicks and orders. */
const SHOPPER_SHARE = 0.28;
const SHOPPER_PROPENSITY = 2.6;
const BROWSER_PROPENSITY = 0.38;
export const MAX_PROPENSITY = SHOPPER_PROPENSITY;
/** Returning viewers are drawn from this many most recent leavers. */
const PAST_POOL = 5000;

/**
 * The viewer population: arrivals (new or returning), log-normal watch times, departures from a
 * time-ordered heap, uniform and propensity-weighted picks. Online = present.length; 场观 = unique.
 */
export class Audience {
  readonly present: Viewer[] = [];
  unique = 0;
  private readonly leaves = new TimeHeap<Viewer>();
  private readonly past: Viewer[] = [];

  constructor(private readonly rng: Rng, private readonly params: PresetParams, private readonly seed: number, private readonly idPrefix: string) {}

  get online(): number {
    return this.present.length;
  }

  /** A viewer enters at `ts`; returns it (new or returning) with its planned leave time. */
  arrive(ts: number): { viewer: Viewer; returning: boolean } {
    const rng = this.rng;
    let viewer: Viewer;
    let returning = false;
    const back = this.past.length > 0 && rng.chance(this.params.returnShare) ? rng.int(0, this.past.length - 1) : -1;
    if (back >= 0 && this.past[back]!.leaveAt <= ts) {
      viewer = this.past[back]!;
      this.past[back] = this.past[this.past.length - 1]!;
      this.past.pop();
      returning = true;
    } else {
      const n = ++this.unique;
      const h = hash32(this.seed ^ 0x5eed, n);
      viewer = {
        n, id: `${this.idPrefix}${n}`, nickname: nicknameFor(this.seed, n),
        propensity: (h % 1000) / 1000 < SHOPPER_SHARE ? SHOPPER_PROPENSITY : BROWSER_PROPENSITY,
        announced: this.params.enterSampleRate >= 1 || (hash32(h, 7) % 10_000) / 10_000 < this.params.enterSampleRate,
        enteredAt: ts, leaveAt: ts, pos: -1, followed: false, fan: false, ordered: null,
      };
    }
    viewer.enteredAt = ts;
    const watch = lognormalByMean(rng, this.params.meanWatchMin * 60_000, this.params.watchSigma);
    viewer.leaveAt = ts + Math.max(3000, Math.min(Math.round(watch), 4 * 3600_000));
    viewer.pos = this.present.length;
    this.present.push(viewer);
    this.leaves.push(viewer.leaveAt, viewer);
    return { viewer, returning };
  }

  /**
   * Viewers whose visit ends before `until`, in time order. `stay(v)` may keep a viewer a while
   * longer (福袋 retention): it returns the new leave time or null to let them go.
   */
  departures(until: number, stay: (v: Viewer) => number | null): Viewer[] {
    const out: Viewer[] = [];
    while (this.leaves.peekAt() < until) {
      const { at, value: v } = this.leaves.pop()!;
      if (v.pos < 0 || v.leaveAt !== at) continue;
      const later = stay(v);
      if (later !== null && later > at) {
        v.leaveAt = later;
        this.leaves.push(later, v);
        continue;
      }
      this.remove(v);
      out.push(v);
    }
    return out;
  }

  /** A present viewer chosen uniformly. */
  pick(): Viewer | null {
    const n = this.present.length;
    return n ? this.present[Math.floor(this.rng.next() * n)]! : null;
  }

  /** A present viewer chosen in proportion to propensity (rejection sampling), or null on a miss. */
  pickShopper(): Viewer | null {
    const v = this.pick();
    return v && this.rng.next() < v.propensity / MAX_PROPENSITY ? v : null;
  }

  private remove(v: Viewer): void {
    const last = this.present.pop()!;
    if (last !== v) {
      this.present[v.pos] = last;
      last.pos = v.pos;
    }
    v.pos = -1;
    this.past.push(v);
    if (this.past.length > PAST_POOL) {
      const i = this.rng.int(0, this.past.length - 1);
      this.past[i] = this.past[this.past.length - 1]!;
      this.past.pop();
    }
  }
}
