import type { MetricsSnapshot } from '../../protocol/metrics';
import type { Alert, AlertParams, LiveState } from '../../protocol/room';
import type { RunOfShow } from '../../protocol/runOfShow';
import { findSlot, nextSlot, onAirEndsAt } from '../live/queue';
import type { AlertThresholds } from '../../protocol/settings';
import { ownEntry } from '../idTable';
import { riskBand, riskExcess } from '../refundRisk/band';
import type { RefundRisk } from '../../protocol/metrics';
import type { SourceHealth } from '../../protocol/source';

export interface AlertInput {
  now: number;
  show: RunOfShow;
  live: LiveState;
  metrics: MetricsSnapshot;
  thresholds: AlertThresholds;
  /** Online viewers about one minute ago (null until a minute has passed). */
  onlineMinuteAgo: number | null;
  /** Platform warnings received recently. */
  platformWarnings: readonly { id: string; message: string; at: number }[];
  /** The room's sources (a stalled or failed one raises an alert until it is live again). */
  sources?: readonly SourceHealth[];
}

type Draft = Omit<Alert, 'at'>;

/** Params of a refund-risk alert: the excess over the category norm and the money beyond it. */
const riskParams = (r: RefundRisk) => ({ rate: r.rate, norm: r.norm, excess: riskExcess(r), amount: r.excessAtRisk });

/** The alerts that hold right now. Ids are stable per condition so clients can track them. */
export function currentAlerts(input: AlertInput): Draft[] {
  const { now, show, live, metrics, thresholds: th } = input;
  const out: Draft[] = [];
  const online = metrics.now.online;

  if (input.onlineMinuteAgo !== null && input.onlineMinuteAgo >= 20) {
    const drop = (input.onlineMinuteAgo - online) / input.onlineMinuteAgo;
    if (drop > th.viewerDrop) {
      out.push({
        id: 'viewer_drop', kind: 'viewer_drop', severity: drop > th.viewerDrop * 2 ? 'critical' : 'warning', productId: null,
        code: 'viewer_drop', params: { drop, from: input.onlineMinuteAgo, to: online },
      });
    }
  }

  const slot = findSlot(show, live.onAirSlotId);
  if (slot && live.onAirSince !== null) {
    const endsAt = onAirEndsAt(show, live);
    if (endsAt !== null && now > endsAt) {
      const over = now - endsAt;
      out.push({
        id: `slot_overtime:${slot.id}`, kind: 'slot_overtime', productId: slot.productId,
        severity: over > th.overtimeCriticalSec * 1000 ? 'critical' : 'warning',
        ...(over < 60_000
          ? { code: 'slot_overtime' as const, params: {} }
          : { code: 'slot_overtime_minutes' as const, params: { minutes: Math.floor(over / 60_000) } }),
      });
    }
    const target = slot.targets.conversion;
    const pf = ownEntry(metrics.products, slot.productId);
    if (target !== undefined && pf && now - live.onAirSince >= th.conversionGraceMin * 60_000 && pf.clickUsers >= 20 && pf.conversion < target) {
      out.push({
        id: `conversion_below_plan:${slot.id}`, kind: 'conversion_below_plan', severity: 'warning', productId: slot.productId,
        code: 'conversion_below_plan', params: { conversion: pf.conversion, target },
      });
    }
  }

  // Refund risk alerts rate the excess over the category norm and the money at stake
  // (shared/domain/refundRisk/band.ts), never the absolute rate: 50 % is normal for women's apparel.
  if (riskBand(metrics.risk) === 'high') {
    out.push({ id: 'refund_risk:room', kind: 'refund_risk', severity: 'warning', productId: null, code: 'refund_risk_room', params: riskParams(metrics.risk) });
  }
  const watched = new Set([slot?.productId, nextSlot(show, live)?.productId].filter((x): x is string => !!x));
  for (const productId of watched) {
    const p = show.products.find((x) => x.id === productId);
    if (!p) continue;
    const pf = ownEntry(metrics.products, productId);
    if (pf && riskBand(pf.risk) === 'high') {
      out.push({ id: `refund_risk:${productId}`, kind: 'refund_risk', severity: 'warning', productId, code: 'refund_risk_product', params: { product: p.name, ...riskParams(pf.risk) } });
    }
    const state = ownEntry(live.products, productId);
    const stock = (state?.stock ?? p.stock) + (p.activityStock ?? 0);
    const onAir = productId === slot?.productId;
    if (state?.soldOut || stock <= 0) {
      out.push({ id: `sold_out:${productId}`, kind: 'sold_out', severity: onAir ? 'critical' : 'warning', productId, code: onAir ? 'sold_out_on_air' : 'sold_out_next', params: { product: p.name } });
    } else if (stock < th.stockLow) {
      out.push({ id: `stock_low:${productId}`, kind: 'stock_low', severity: 'warning', productId, code: 'stock_low', params: { product: p.name, stock } });
    }
  }

  for (const w of input.platformWarnings) {
    out.push({ id: `platform_warning:${w.id}`, kind: 'platform_warning', severity: 'critical', productId: null, code: 'platform_warning', params: { text: w.message } });
  }
  for (const s of input.sources ?? []) {
    const params = { source: s.kind, label: s.label ?? '', sec: s.stallSec ?? 0, reason: s.error ?? '' };
    if (s.state === 'stalled') out.push({ id: `source:${s.id}`, kind: 'source', severity: 'warning', productId: null, code: 'source_stalled', params });
    else if (s.state === 'failed') out.push({ id: `source:${s.id}`, kind: 'source', severity: 'critical', productId: null, code: 'source_failed', params });
  }
  return out;
}

/**
 * Keep the first-seen time of alerts that persist. `changed` is true when an alert came, went or
 * changed severity; `reworded` when only its code or params changed (figures inside it moved).
 */
export function mergeAlerts(previous: readonly Alert[], drafts: readonly Draft[], now: number): { alerts: Alert[]; changed: boolean; reworded: boolean } {
  const prev = new Map(previous.map((a) => [a.id, a]));
  const alerts = drafts.map((d) => ({ ...d, at: prev.get(d.id)?.at ?? now }));
  const changed = alerts.length !== previous.length
    || alerts.some((a) => { const p = prev.get(a.id); return !p || p.severity !== a.severity; });
  const reworded = !changed && alerts.some((a) => { const p = prev.get(a.id); return !p || p.code !== a.code || !sameParams(p.params, a.params); });
  return { alerts, changed, reworded };
}

function sameParams(a: AlertParams, b: AlertParams): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
