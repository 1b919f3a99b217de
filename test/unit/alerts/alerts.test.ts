import { describe, expect, it } from 'vitest';
import { currentAlerts, mergeAlerts, type AlertInput } from '../../../shared/domain/alerts/evaluate';
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/alerts/thresholds';
import { emptyLiveState } from '../../../shared/domain/live/queue';
import { zeroFigures } from '../../../shared/domain/metrics/engine';
import type { MetricsSnapshot, ProductFigures } from '../../../shared/protocol/metrics';
import { emptyTalkingPoints, type RunOfShow } from '../../../shared/protocol/runOfShow';

const T0 = 1_700_000_000_000;
const show: RunOfShow = {
  id: 's', title: 't',
  products: [
    { id: 'p1', name: '羊毛大衣', category: 'apparel.women', price: 39900, stock: 100 },
    { id: 'p2', name: '针织衫', category: 'apparel.women', price: 9900, stock: 5 },
  ],
  slots: [
    { id: 's1', productId: 'p1', role: 'hero', plannedMinutes: 10, mechanism: '', talkingPoints: emptyTalkingPoints(), cues: [], targets: { conversion: 0.1 } },
    { id: 's2', productId: 'p2', role: 'traffic', plannedMinutes: 5, mechanism: '', talkingPoints: emptyTalkingPoints(), cues: [], targets: {} },
  ],
};

function product(id: string, over: Partial<ProductFigures> = {}): ProductFigures {
  return {
    productId: id, clicks: 0, clicks5m: 0, clickUsers: 0, gmv: 0, gmv5m: 0, buyers: 0, units: 0, conversion: 0,
    refundAmount: 0, refundRate: 0, stock: 0, soldOut: false, explainCount: 0, explainMs: 0, bestMinuteGmv: 0,
    risk: { rate: 0, atRisk: 0, norm: 0, excessAtRisk: 0, reasons: [] }, ...over,
  };
}

function input(over: Partial<AlertInput> & { online?: number; products?: Record<string, ProductFigures> } = {}): AlertInput {
  const metrics: MetricsSnapshot = {
    asOf: T0, now: { ...zeroFigures(), online: over.online ?? 100 }, prev5: null, series: [],
    products: over.products ?? {}, risk: { rate: 0.1, atRisk: 0, norm: 0.1, excessAtRisk: 0, reasons: [] },
  };
  const live = { ...emptyLiveState(), onAirSlotId: 's1', onAirSince: T0, runs: [{ slotId: 's1', productId: 'p1', startedAt: T0, endedAt: null, outcome: null }] };
  return { now: T0 + 60_000, show, live, metrics, thresholds: DEFAULT_THRESHOLDS, onlineMinuteAgo: null, platformWarnings: [], ...over };
}

const kinds = (i: AlertInput) => currentAlerts(i).map((a) => a.id).sort();

describe('alerts', () => {
  it('raises a viewer-drop alert only above the threshold', () => {
    expect(kinds(input({ online: 85, onlineMinuteAgo: 100 }))).not.toContain('viewer_drop');
    const drop = currentAlerts(input({ online: 75, onlineMinuteAgo: 100 })).find((a) => a.kind === 'viewer_drop');
    expect(drop?.severity).toBe('warning');
    expect(currentAlerts(input({ online: 50, onlineMinuteAgo: 100 })).find((a) => a.kind === 'viewer_drop')?.severity).toBe('critical');
  });

  it('follows a changed threshold', () => {
    const th = { ...DEFAULT_THRESHOLDS, viewerDrop: 0.1 };
    expect(kinds(input({ online: 85, onlineMinuteAgo: 100, thresholds: th }))).toContain('viewer_drop');
  });

  it('flags slot overtime, critical after the grace', () => {
    const justOver = input({ now: T0 + 10 * 60_000 + 5_000 });
    expect(currentAlerts(justOver).find((a) => a.kind === 'slot_overtime')?.severity).toBe('warning');
    const longOver = input({ now: T0 + 13 * 60_000 });
    expect(currentAlerts(longOver).find((a) => a.kind === 'slot_overtime')?.severity).toBe('critical');
    expect(kinds(input({ now: T0 + 9 * 60_000 }))).not.toContain('slot_overtime:s1');
  });

  it('flags low stock of the next product and sold out of the on-air one', () => {
    const i = input();
    expect(kinds(i)).toContain('stock_low:p2');
    const sold = input();
    sold.live = { ...sold.live, products: { p1: { stock: 0, soldOut: true } } };
    expect(currentAlerts(sold).find((a) => a.id === 'sold_out:p1')?.severity).toBe('critical');
  });

  it('flags conversion below plan only after the grace period and with enough clicks', () => {
    const products = { p1: product('p1', { clickUsers: 50, conversion: 0.04 }) };
    expect(kinds(input({ products, now: T0 + 60_000 }))).not.toContain('conversion_below_plan:s1');
    expect(kinds(input({ products, now: T0 + 4 * 60_000 }))).toContain('conversion_below_plan:s1');
    const few = { p1: product('p1', { clickUsers: 5, conversion: 0 }) };
    expect(kinds(input({ products: few, now: T0 + 4 * 60_000 }))).not.toContain('conversion_below_plan:s1');
  });

  it('flags refund risk only for a real excess over the category norm with money at stake', () => {
    const risk = (rate: number, norm: number, gmv: number) => ({ rate, norm, atRisk: rate * gmv, excessAtRisk: Math.max(0, rate - norm) * gmv, reasons: [] });
    const at = (rate: number, norm: number, gmv: number) => kinds(input({ products: { p1: product('p1', { gmv, risk: risk(rate, norm, gmv) }) } }));
    expect(at(0.5, 0.3, 1_000_000)).toContain('refund_risk:p1'); // +20 pt, ¥2,000 beyond the norm
    expect(at(0.5, 0.5, 1_000_000)).not.toContain('refund_risk:p1'); // 50 % is the women's-apparel norm
    expect(at(0.5, 0.3, 100_000)).not.toContain('refund_risk:p1'); // +20 pt but only ¥200 at stake
    expect(at(0.5, 0.45, 10_000_000)).not.toContain('refund_risk:p1'); // big money, +5 pt only
    expect(at(0.5, 0.3, 0)).not.toContain('refund_risk:p1'); // no paid orders: the norm is a prior
  });

  it('keeps the first-seen time and reports changes', () => {
    const first = mergeAlerts([], currentAlerts(input({ online: 50, onlineMinuteAgo: 100 })), T0);
    expect(first.changed).toBe(true);
    const again = mergeAlerts(first.alerts, currentAlerts(input({ online: 49, onlineMinuteAgo: 100 })), T0 + 1000);
    expect(again.changed).toBe(false);
    expect(again.reworded).toBe(true);
    expect(again.alerts.find((a) => a.kind === 'viewer_drop')?.at).toBe(T0);
  });
});

describe('alert codes and params (the renderer words them)', () => {
  it('carries figures and names as params, never a sentence', () => {
    const products = { p1: product('p1', { gmv: 1_000_000, risk: { rate: 0.5, atRisk: 500_000, norm: 0.3, excessAtRisk: 200_000, reasons: [] } }) };
    const list = currentAlerts(input({ online: 70, onlineMinuteAgo: 100, products }));
    expect(list.find((a) => a.id === 'viewer_drop')).toMatchObject({ code: 'viewer_drop', params: { drop: 0.3, from: 100, to: 70 } });
    expect(list.find((a) => a.id === 'refund_risk:p1')).toMatchObject({ code: 'refund_risk_product', params: { product: '羊毛大衣', rate: 0.5, norm: 0.3, amount: 200_000 } });
    expect(list.find((a) => a.id === 'stock_low:p2')).toMatchObject({ code: 'stock_low', params: { product: '针织衫', stock: 5 } });
    for (const a of list) expect(a).not.toHaveProperty('message');
  });

  it('tells overtime under a minute from whole minutes over', () => {
    expect(currentAlerts(input({ now: T0 + 10 * 60_000 + 5_000 })).find((a) => a.kind === 'slot_overtime')).toMatchObject({ code: 'slot_overtime', params: {} });
    expect(currentAlerts(input({ now: T0 + 13 * 60_000 })).find((a) => a.kind === 'slot_overtime')).toMatchObject({ code: 'slot_overtime_minutes', params: { minutes: 3 } });
  });

  it('rewords (without a severity change) when only a param moved', () => {
    const first = mergeAlerts([], currentAlerts(input({ now: T0 + 13 * 60_000 })), T0);
    const later = mergeAlerts(first.alerts, currentAlerts(input({ now: T0 + 13 * 60_000 + 30_000 })), T0 + 1);
    expect(later).toMatchObject({ changed: false, reworded: false });
    const minuteOn = mergeAlerts(first.alerts, currentAlerts(input({ now: T0 + 14 * 60_000 + 30_000 })), T0 + 2);
    expect(minuteOn).toMatchObject({ changed: false, reworded: true });
  });
});
