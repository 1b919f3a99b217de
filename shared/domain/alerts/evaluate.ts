import type { MetricsSnapshot } from '../../protocol/metrics';
import type { Alert, LiveState } from '../../protocol/room';
import type { RunOfShow } from '../../protocol/runOfShow';
import { findSlot, nextSlot, onAirEndsAt } from '../live/queue';
import type { AlertThresholds } from '../../protocol/settings';

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
}

type Draft = Omit<Alert, 'at'>;

const pct = (r: number) => `${Math.round(r * 100)}%`;

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
        message: `在线人数一分钟内下降 ${pct(drop)}（${input.onlineMinuteAgo} → ${online}）`,
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
        message: over < 60_000 ? '本档已超时' : `本档已超时 ${Math.floor(over / 60_000)} 分钟`,
      });
    }
    const target = slot.targets.conversion;
    const pf = metrics.products[slot.productId];
    if (target !== undefined && pf && now - live.onAirSince >= th.conversionGraceMin * 60_000 && pf.clickUsers >= 20 && pf.conversion < target) {
      out.push({
        id: `conversion_below_plan:${slot.id}`, kind: 'conversion_below_plan', severity: 'warning', productId: slot.productId,
        message: `转化率 ${pct(pf.conversion)} 低于计划 ${pct(target)}`,
      });
    }
  }

  if (metrics.risk.rate > th.refundRisk && metrics.now.gmv > 0) {
    out.push({ id: 'refund_risk:room', kind: 'refund_risk', severity: 'warning', productId: null, message: `整场预测退款率 ${pct(metrics.risk.rate)}` });
  }
  const watched = new Set([slot?.productId, nextSlot(show, live)?.productId].filter((x): x is string => !!x));
  for (const productId of watched) {
    const p = show.products.find((x) => x.id === productId);
    if (!p) continue;
    const pf = metrics.products[productId];
    if (pf && pf.risk.rate > th.refundRisk && pf.gmv > 0) {
      out.push({ id: `refund_risk:${productId}`, kind: 'refund_risk', severity: 'warning', productId, message: `「${p.name}」预测退款率 ${pct(pf.risk.rate)}` });
    }
    const state = live.products[productId];
    const stock = (state?.stock ?? p.stock) + (p.activityStock ?? 0);
    const onAir = productId === slot?.productId;
    if (state?.soldOut || stock <= 0) {
      out.push({ id: `sold_out:${productId}`, kind: 'sold_out', severity: onAir ? 'critical' : 'warning', productId, message: `「${p.name}」已售罄${onAir ? '（在播）' : '（下一个）'}` });
    } else if (stock < th.stockLow) {
      out.push({ id: `stock_low:${productId}`, kind: 'stock_low', severity: 'warning', productId, message: `「${p.name}」库存告急：剩 ${stock} 件` });
    }
  }

  for (const w of input.platformWarnings) {
    out.push({ id: `platform_warning:${w.id}`, kind: 'platform_warning', severity: 'critical', productId: null, message: `平台警告：${w.message}` });
  }
  return out;
}

/**
 * Keep the first-seen time of alerts that persist. `changed` is true when an alert came, went or
 * changed severity; `reworded` when only a message changed (figures inside it moved).
 */
export function mergeAlerts(previous: readonly Alert[], drafts: readonly Draft[], now: number): { alerts: Alert[]; changed: boolean; reworded: boolean } {
  const prev = new Map(previous.map((a) => [a.id, a]));
  const alerts = drafts.map((d) => ({ ...d, at: prev.get(d.id)?.at ?? now }));
  const changed = alerts.length !== previous.length
    || alerts.some((a) => { const p = prev.get(a.id); return !p || p.severity !== a.severity; });
  const reworded = !changed && alerts.some((a) => prev.get(a.id)?.message !== a.message);
  return { alerts, changed, reworded };
}
