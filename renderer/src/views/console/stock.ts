import type { LiveState, MetricsSnapshot, ProductFigures, RunOfShow } from '../../../../shared/protocol';
import { ownEntry } from '../../../../shared/domain/idTable';

/** Live stock of a product: the hub's live state first, then the metrics, then the plan. */
export function liveStock(productId: string, live: LiveState | null, figures: ProductFigures | null, planned: number): { stock: number; soldOut: boolean } {
  const p = live ? ownEntry(live.products, productId) : undefined;
  if (p) return { stock: p.stock, soldOut: p.soldOut };
  if (figures) return { stock: figures.stock, soldOut: figures.soldOut };
  return { stock: planned, soldOut: false };
}

export const STOCK_LOW = 10;

/**
 * Hotkey O: the on-air product and the sold-out state to set (the opposite of what it is now,
 * judged by the live state, then the metrics). Null when nothing is on air.
 */
export function onAirSoldOutToggle(show: RunOfShow | null, live: LiveState | null, metrics: MetricsSnapshot | null): { productId: string; soldOut: boolean } | null {
  const slot = show?.slots.find((s) => s.id === live?.onAirSlotId);
  if (!slot || !live) return null;
  const soldOut = ownEntry(live.products, slot.productId)?.soldOut ?? (metrics ? ownEntry(metrics.products, slot.productId) : undefined)?.soldOut ?? false;
  return { productId: slot.productId, soldOut: !soldOut };
}
