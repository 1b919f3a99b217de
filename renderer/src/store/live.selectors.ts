import { useMemo } from 'react';
import { slotPrice, type Product, type Slot } from '../../../shared/protocol';
import { findSlot, nextSlot, onAirEndsAt, slotStates, upcomingSlots, type SlotState } from '../../../shared/domain/live/queue';
import { useLive, useShow } from './room.slice';
import { idTable } from '../../../shared/domain/idTable';

/** Named selector hooks over the run-of-show and live state (derived with shared/domain/live). */
export interface SlotView {
  slot: Slot;
  product: Product | null;
  /** Live price, fen. */
  price: number;
}

export function useProductsById(): ReadonlyMap<string, Product> {
  const show = useShow();
  return useMemo(() => new Map((show?.products ?? []).map((p) => [p.id, p])), [show]);
}

export function useSlotStates(): Record<string, SlotState> {
  const show = useShow();
  const live = useLive();
  return useMemo(() => (show && live ? slotStates(show, live) : idTable<SlotState>()), [show, live]);
}

function view(show: NonNullable<ReturnType<typeof useShow>>, slot: Slot | null, byId: ReadonlyMap<string, Product>): SlotView | null {
  if (!slot) return null;
  return { slot, product: byId.get(slot.productId) ?? null, price: slotPrice(show, slot) };
}

export function useOnAir(): SlotView | null {
  const show = useShow();
  const live = useLive();
  const byId = useProductsById();
  const onAirId = live?.onAirSlotId ?? null;
  return useMemo(() => (show ? view(show, findSlot(show, onAirId), byId) : null), [show, onAirId, byId]);
}

export function useNextSlot(): SlotView | null {
  const show = useShow();
  const live = useLive();
  const byId = useProductsById();
  return useMemo(() => (show && live ? view(show, nextSlot(show, live), byId) : null), [show, live, byId]);
}

export function useUpcoming(n: number): SlotView[] {
  const show = useShow();
  const live = useLive();
  const byId = useProductsById();
  return useMemo(
    () => (show && live ? upcomingSlots(show, live, n).map((s) => view(show, s, byId)!) : []),
    [show, live, byId, n],
  );
}

/** Planned end of the on-air slot (hub clock), including minutes added live. */
export function useOnAirEndsAt(): number | null {
  const show = useShow();
  const live = useLive();
  return useMemo(() => (show && live ? onAirEndsAt(show, live) : null), [show, live]);
}

export function useOnAirSince(): number | null {
  return useLive()?.onAirSince ?? null;
}
