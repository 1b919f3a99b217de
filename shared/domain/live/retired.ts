import type { LiveState } from '../../protocol/room';
import { emptyTalkingPoints, type Product, type RunOfShow, type Slot } from '../../protocol/runOfShow';

/**
 * Products and slots of shows the room replaced mid-broadcast that the session still refers to
 * (slot runs, sales, comments): kept so the 复盘 can name them and give their roles.
 */
export interface RetiredPlan {
  products: Product[];
  /** Slots that went on air before their show was replaced. */
  slots: Slot[];
}

/** Most retired products / slots kept (a session replaces its show a few times at most). */
const MAX_RETIRED = 500;

/**
 * What to keep of `old` when `next` replaces it: its products missing from `next` (names, categories,
 * prices: what the review needs) and its aired slots
 * missing from `next`, added to what earlier replacements kept.
 */
export function retirePlan(prev: RetiredPlan | undefined, old: RunOfShow, next: RunOfShow, live: LiveState): RetiredPlan {
  const nextProducts = new Set(next.products.map((p) => p.id));
  const nextSlots = new Set(next.slots.map((s) => s.id));
  const aired = new Set(live.runs.map((r) => r.slotId));
  const products = (prev?.products ?? []).filter((p) => !nextProducts.has(p.id));
  const slots = (prev?.slots ?? []).filter((s) => !nextSlots.has(s.id));
  const haveP = new Set(products.map((p) => p.id));
  const haveS = new Set(slots.map((s) => s.id));
  for (const p of old.products) {
    if (!nextProducts.has(p.id) && !haveP.has(p.id)) products.push({ id: p.id, name: p.name, category: p.category, price: p.price, stock: p.stock });
  }
  for (const s of old.slots) if (aired.has(s.id) && !nextSlots.has(s.id) && !haveS.has(s.id)) slots.push({ ...s, talkingPoints: emptyTalkingPoints(), cues: [] });
  return { products: products.slice(-MAX_RETIRED), slots: slots.slice(-MAX_RETIRED) };
}
