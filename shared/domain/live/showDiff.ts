import type { LiveState } from '../../protocol/room';
import type { RunOfShow } from '../../protocol/runOfShow';

/** One product named in a show diff. */
export interface DiffProduct {
  productId: string;
  name: string;
}

/** What happens to the on-air product when a new show goes live mid-show. */
export type OnAirFate =
  | { kind: 'none' }
  /** Its product is in the new show: it stays on air, timer kept (`slotId` carries it now). */
  | { kind: 'kept'; product: DiffProduct; slotId: string }
  /** Its product is not in the new show: it leaves the air and the room waits for take-next. */
  | { kind: 'dropped'; product: DiffProduct };

export interface ShowDiff {
  added: DiffProduct[];
  removed: DiffProduct[];
  /** Products in both shows whose order among the products they share changed. */
  reordered: DiffProduct[];
  onAir: OnAirFate;
  /** Nothing a producer would notice changes in the queue. */
  same: boolean;
}

const productIdsInOrder = (show: RunOfShow): string[] => [...new Set(show.slots.map((s) => s.productId))];

function namer(...shows: RunOfShow[]): (id: string) => DiffProduct {
  const names = new Map<string, string>();
  for (const show of shows) for (const p of show.products) if (!names.has(p.id)) names.set(p.id, p.name);
  return (productId) => ({ productId, name: names.get(productId) ?? productId });
}

/**
 * The slot of `next` that carries the on-air run when `next` replaces `prev`: the same slot id
 * when it is still there, else the first slot of the same product (null: the product is gone).
 */
export function carriedOnAirSlot(prev: RunOfShow, live: LiveState, next: RunOfShow): string | null {
  if (!live.onAirSlotId) return null;
  if (next.slots.some((s) => s.id === live.onAirSlotId)) return live.onAirSlotId;
  const productId = prev.slots.find((s) => s.id === live.onAirSlotId)?.productId;
  return productId ? next.slots.find((s) => s.productId === productId)?.id ?? null : null;
}

/** The live state with the on-air run moved to `slotId` (its start time, run and added minutes kept). */
export function remapOnAir(live: LiveState, slotId: string): LiveState {
  const from = live.onAirSlotId;
  if (!from || from === slotId) return live;
  const { [from]: extra, ...extraMinutes } = live.extraMinutes;
  return {
    ...live,
    onAirSlotId: slotId,
    runs: live.runs.map((r) => (r.endedAt === null && r.slotId === from ? { ...r, slotId } : r)),
    extraMinutes: extra === undefined ? extraMinutes : { ...extraMinutes, [slotId]: extra },
  };
}

/** What sending `next` live in place of `prev` changes: products added, removed, reordered, and the on-air product's fate. */
export function showDiff(prev: RunOfShow, next: RunOfShow, live: LiveState | null = null): ShowDiff {
  const name = namer(next, prev);
  const before = productIdsInOrder(prev);
  const after = productIdsInOrder(next);
  const inBefore = new Set(before);
  const inAfter = new Set(after);
  const added = after.filter((id) => !inBefore.has(id)).map(name);
  const removed = before.filter((id) => !inAfter.has(id)).map(name);
  const sharedBefore = before.filter((id) => inAfter.has(id));
  const sharedAfter = after.filter((id) => inBefore.has(id));
  const reordered = sharedAfter.filter((id, i) => sharedBefore[i] !== id).map(name);
  let onAir: OnAirFate = { kind: 'none' };
  const onAirProduct = live?.onAirSlotId ? prev.slots.find((s) => s.id === live.onAirSlotId)?.productId : undefined;
  if (live && onAirProduct) {
    const slotId = carriedOnAirSlot(prev, live, next);
    onAir = slotId ? { kind: 'kept', product: name(onAirProduct), slotId } : { kind: 'dropped', product: name(onAirProduct) };
  }
  return { added, removed, reordered, onAir, same: !added.length && !removed.length && !reordered.length };
}
