import { IdIndex, type IdIndexState } from './idIndex';
import { fromBase64, toBase64 } from './typedBase64';

/** A UserTable in a checkpoint: ids (8 bytes each) and flags (1 byte each). */
export interface UserTableState { ids: IdIndexState; flags: string }

/** Per-user facts, as bit flags. */
export const U = {
  ENTERED: 1,
  PRESENT: 2,
  BUYER: 4,
  CLICKER: 8,
  FOLLOWER: 16,
  FAN: 32,
} as const;

/**
 * Users of a session interned to dense indices (IdIndex: 24–48 bytes per id) with their flags
 * (1 byte per user). Only users a session-long distinct count needs are interned: buyers,
 * clickers, followers, fan-club joiners, and — until the platform's viewer.stats arrive —
 * entering viewers (online and 场观 counted exactly). Likes, comments and shares never intern.
 */
export class UserTable {
  private ids = new IdIndex();
  private flagsArr = new Uint8Array(1024);

  get size(): number {
    return this.ids.size;
  }

  /** The index of the user with id hash (h, l) (idHash.ts), interning it when new. */
  index(h: number, l: number): number {
    const u = this.ids.internHash(h, l);
    if (u >= this.flagsArr.length) {
      const f = new Uint8Array(this.flagsArr.length * 2);
      f.set(this.flagsArr);
      this.flagsArr = f;
    }
    return u;
  }

  /** The index of the user with id hash (h, l), or -1 when not interned. */
  find(h: number, l: number): number {
    return this.ids.getHash(h, l);
  }

  serialise(): UserTableState {
    return { ids: this.ids.serialise(), flags: toBase64(this.flagsArr, this.ids.size) };
  }

  static restore(s: UserTableState): UserTable {
    const t = new UserTable();
    const ids = IdIndex.restore(s.ids);
    const flags = fromBase64.u8(s.flags);
    if (flags.length !== ids.size) throw new Error('UserTable: flags and ids differ in length');
    let cap = 1024;
    while (cap < ids.size) cap *= 2;
    t.ids = ids;
    t.flagsArr = new Uint8Array(cap);
    t.flagsArr.set(flags);
    return t;
  }

  has(u: number, flag: number): boolean {
    return (this.flagsArr[u]! & flag) !== 0;
  }

  /** Sets `flag`; returns true when it was not set before. */
  set(u: number, flag: number): boolean {
    const f = this.flagsArr[u]!;
    if ((f & flag) !== 0) return false;
    this.flagsArr[u] = f | flag;
    return true;
  }

  /** Clears `flag`; returns true when it was set. */
  clear(u: number, flag: number): boolean {
    const f = this.flagsArr[u]!;
    if ((f & flag) === 0) return false;
    this.flagsArr[u] = f & ~flag;
    return true;
  }
}
