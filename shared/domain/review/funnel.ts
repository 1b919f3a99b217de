import type { ProductFigures, RoomFigures } from '../../protocol/metrics';
import type { FunnelStep, FunnelStepKey, ReviewFunnel } from '../../protocol/review';

const UNIT: Record<FunnelStepKey, FunnelStep['unit']> = { enter: 'users', exposure: 'users', click: 'users', order: 'orders', pay: 'orders' };

/**
 * Steps of a Compass-style funnel (进入 → 商品曝光 → 点击 → 下单 → 支付) from the values known:
 * a step without data stays null (shown as 无数据, never 0) and the next step's rate is taken
 * from the nearest earlier step that has data (`rateFrom` says which).
 */
export function funnelSteps(values: Partial<Record<FunnelStepKey, number | null | undefined>>, steps: readonly FunnelStepKey[]): FunnelStep[] {
  let last: { step: FunnelStepKey; value: number } | null = null;
  return steps.map((step) => {
    const v = values[step];
    const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
    const rate = value !== null && last !== null && last.value > 0 ? value / last.value : null;
    const out: FunnelStep = { step, value, unit: UNIT[step], rate, rateFrom: value !== null && last ? last.step : null };
    if (value !== null) last = { step, value };
    return out;
  });
}

/** The room's funnel: viewers → (product exposures: no source reports them) → click users → orders created → paid. */
export function roomFunnel(f: RoomFigures, clickUsers: number | undefined): FunnelStep[] {
  return funnelSteps({ enter: f.totalViewers, exposure: null, click: clickUsers, order: f.createdOrders, pay: f.paidOrders },
    ['enter', 'exposure', 'click', 'order', 'pay']);
}

/** A product's funnel (no per-product 进入 step, as in Compass): exposures → click users → orders created → paid. */
export function productFunnel(p: ProductFigures): FunnelStep[] {
  return funnelSteps({ exposure: null, click: p.clickUsers, order: p.createdOrders, pay: p.paidOrders }, ['exposure', 'click', 'order', 'pay']);
}

/** Funnels of the room and of every product with a click or an order. */
export function buildFunnel(room: RoomFigures, clickUsers: number | undefined, products: readonly ProductFigures[]): ReviewFunnel {
  const out: ReviewFunnel = { room: roomFunnel(room, clickUsers), products: {} };
  for (const p of products) {
    if (p.clickUsers > 0 || (p.createdOrders ?? 0) > 0 || (p.paidOrders ?? 0) > 0) out.products[p.productId] = productFunnel(p);
  }
  return out;
}
