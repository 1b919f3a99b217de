import type { LiveState, ProductFigures } from '../../../../shared/protocol';

/** Live stock of a product: the hub's live state first, then the metrics, then the plan. */
export function liveStock(productId: string, live: LiveState | null, figures: ProductFigures | null, planned: number): { stock: number; soldOut: boolean } {
  const p = live?.products[productId];
  if (p) return { stock: p.stock, soldOut: p.soldOut };
  if (figures) return { stock: figures.stock, soldOut: figures.soldOut };
  return { stock: planned, soldOut: false };
}

export const STOCK_LOW = 10;
