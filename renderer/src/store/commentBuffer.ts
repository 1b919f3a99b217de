import type { CommentItem } from '../../../shared/protocol';

/**
 * The client's comment buffer as pure functions: capped (DESIGN §5: bounded buffers) and
 * de-duplicated by comment id, so a comment that reaches us twice (in a snapshot and again in
 * the delta after it, or in a resync) is shown and counted once.
 */
export interface CommentBuffer {
  /** Oldest first, at most `cap`. */
  items: readonly CommentItem[];
  /** Distinct comments taken in (monotonic): global index of items[i] = total - items.length + i. */
  total: number;
}

/** Ids seen recently: a set bounded to `capacity`, forgetting the oldest first. */
export class RecentIds {
  private readonly set = new Set<string>();
  private readonly ring: (string | undefined)[];
  private next = 0;

  constructor(readonly capacity: number) {
    this.ring = new Array<string | undefined>(Math.max(1, capacity));
  }

  get size(): number {
    return this.set.size;
  }

  has(id: string): boolean {
    return this.set.has(id);
  }

  /** Remembers `id`; false when it was already remembered. */
  add(id: string): boolean {
    if (this.set.has(id)) return false;
    const evicted = this.ring[this.next];
    if (evicted !== undefined) this.set.delete(evicted);
    this.ring[this.next] = id;
    this.next = (this.next + 1) % this.ring.length;
    this.set.add(id);
    return true;
  }
}

/** A snapshot's comments replace the buffer; only comments not seen before add to `total`. */
export function resetComments(buf: CommentBuffer, snapshot: readonly CommentItem[], seen: RecentIds, cap: number): CommentBuffer {
  const ids = new Set<string>();
  const unique: CommentItem[] = [];
  let fresh = 0;
  for (const c of snapshot) {
    if (ids.has(c.id)) continue;
    ids.add(c.id);
    unique.push(c);
    if (seen.add(c.id)) fresh++;
  }
  return { items: unique.slice(-cap), total: buf.total + fresh };
}

/** Appends the comments not seen before; null when the batch brings nothing new. */
export function appendComments(buf: CommentBuffer, batch: readonly CommentItem[], seen: RecentIds, cap: number): CommentBuffer | null {
  const fresh = batch.filter((c) => seen.add(c.id));
  if (fresh.length === 0) return null;
  const drop = Math.max(0, buf.items.length + fresh.length - cap);
  const head = drop > 0 ? buf.items.slice(drop) : buf.items;
  const tail = fresh.length > cap ? fresh.slice(-cap) : fresh;
  return { items: head.concat(tail), total: buf.total + fresh.length };
}
