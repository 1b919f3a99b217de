import { SHORT_WATCH_MS } from './constants';
import { RecentIds, type RecentIdsState } from './recentIds';
import { U, type UserTable } from './users';

/** Viewers in a checkpoint. */
export interface ViewersState {
  statsSeen: boolean;
  statsOnline: number;
  statsTotal: number;
  present: number;
  distinctEnters: number;
  /** Entries younger than SHORT_WATCH_MS (what the pressure-sold check can still ask about). */
  entries: RecentIdsState;
}

/**
 * Online and 场观 of a session. Two modes (docs/metrics.md):
 * - Exact, until the platform's viewer.stats arrive (or for a source that never sends them):
 *   every entering viewer is interned in the UserTable (ENTERED, PRESENT flags) — online is
 *   those present, 场观 the distinct viewers who entered. Cost: one UserTable row per viewer
 *   (24–48 bytes in memory, 9 bytes in a checkpoint), for the whole session.
 * - Platform, from the first viewer.stats on: online is the platform's figure and 场观 the larger
 *   of the distinct entrants counted before it and the platform's cumulative count; entering
 *   viewers are no longer interned.
 * In both modes each viewer's latest entry is kept for SHORT_WATCH_MS only (the pressure-sold
 * check), in a RecentIds table sized to the minute's arrivals.
 */
export class Viewers {
  private statsSeen = false;
  private statsOnline = 0;
  private statsTotal = 0;
  private present = 0;
  private distinctEnters = 0;
  private entries = new RecentIds();

  serialise(now: number): ViewersState {
    return {
      statsSeen: this.statsSeen, statsOnline: this.statsOnline, statsTotal: this.statsTotal,
      present: this.present, distinctEnters: this.distinctEnters, entries: this.entries.serialise(now - SHORT_WATCH_MS),
    };
  }

  static restore(s: ViewersState): Viewers {
    const v = new Viewers();
    v.statsSeen = s.statsSeen;
    v.statsOnline = s.statsOnline;
    v.statsTotal = s.statsTotal;
    v.present = s.present;
    v.distinctEnters = s.distinctEnters;
    v.entries = RecentIds.restore(s.entries);
    return v;
  }

  /** Whether the platform's figures are in use. */
  get platform(): boolean {
    return this.statsSeen;
  }

  online(): number {
    return this.statsSeen ? this.statsOnline : this.present;
  }

  /** 场观. */
  total(): number {
    return Math.max(this.distinctEnters, this.statsTotal);
  }

  stats(online: number, totalViewers: number): void {
    this.statsSeen = true;
    this.statsOnline = online;
    if (totalViewers > this.statsTotal) this.statsTotal = totalViewers;
  }

  /** The viewer with id hash (h, l) entered at `t` (the engine clock, never back). */
  enter(users: UserTable, h: number, l: number, t: number): void {
    this.entries.set(h, l, t, t - SHORT_WATCH_MS);
    if (this.statsSeen) return;
    const u = users.index(h, l);
    if (users.set(u, U.ENTERED)) this.distinctEnters++;
    if (users.set(u, U.PRESENT)) this.present++;
  }

  leave(users: UserTable, h: number, l: number): void {
    if (this.statsSeen) return;
    const u = users.find(h, l);
    if (u >= 0 && users.clear(u, U.PRESENT)) this.present--;
  }

  /** Whether the viewer's latest entry was less than SHORT_WATCH_MS before `t`. */
  enteredWithin(h: number, l: number, t: number): boolean {
    return this.entries.get(h, l, t - SHORT_WATCH_MS) >= 0;
  }
}
