import { memo } from 'react';
import type { SlotState } from '../../../../shared/domain/live/queue';
import type { Product, Slot, SlotRun } from '../../../../shared/protocol';
import { useT } from '../../i18n';
import { fmtInt, fmtMoney, fmtPct, fmtPoints, fmtPrice } from '../../../../shared/text/numberFormat';
import { fmtTime } from '../../lib/format';
import { riskBand, riskExcess } from '../../lib/riskBand';
import { useProductFigures } from '../../store/metrics.slice';
import { useLive } from '../../store/room.slice';
import { useLang } from '../../store/ui.slice';
import { goToSlot, moveSlot, skipSlot } from './actions';
import { displayState, planVsActual } from './queueState';
import { liveStock, STOCK_LOW } from './stock';
import { ownEntry } from '../../../../shared/domain/idTable';

interface Props {
  slot: Slot;
  index: number;
  count: number;
  state: SlotState;
  product: Product | null;
  price: number;
}

/** Queue risk-cell colour class (console.css) per band. */
const RISK_CLASS = { normal: 'low', elevated: 'mid', high: 'high' } as const;

const STATE_KEY = { done: 'queue.done', skipped: 'queue.skipped', onair: 'queue.onair', next: 'queue.next', queued: 'queue.queued' } as const;

/** Planned minutes, or for a slot that aired: actual / planned (planned-against-actual log). */
function PlanActual({ slot, extra, runs }: { slot: Slot; extra: number; runs: readonly SlotRun[] }) {
  const t = useT();
  const pa = planVsActual(slot, extra, runs);
  if (!pa) {
    return <span className="r num">{slot.plannedMinutes}{extra ? <small className="extra">+{extra}</small> : null}</span>;
  }
  const { planned, run } = pa;
  const title = `${t('queue.plan')} ${planned} · ${t('queue.actual')} ${pa.actualMin.toFixed(1)} ${t('queue.minutes')} (${fmtTime(run.startedAt, false)}–${fmtTime(run.endedAt, false)})`;
  return (
    <span className={`r num ${pa.over ? 'is-low' : ''}`} title={title} data-testid="slot-actual">
      {pa.display}<small className="muted">/{planned}</small>
    </span>
  );
}

/** One slot of the queue with its live per-product figures and hover actions. */
export const QueueRow = memo(function QueueRow({ slot, index, count, state, product, price }: Props) {
  const t = useT();
  const lang = useLang();
  const live = useLive();
  const f = useProductFigures(slot.productId);
  const extra = (live ? ownEntry(live.extraMinutes, slot.id) : undefined) ?? 0;
  const stock = liveStock(slot.productId, live, f, product?.stock ?? 0);
  const band = f ? RISK_CLASS[riskBand(f.risk)] : null;
  const shown = displayState(state);
  const editable = state === 'queued' || state === 'next';

  return (
    <div className={`qrow qstate-${state}`} role="row" data-testid="queue-item" data-state={shown} data-slot-id={slot.id}>
      <span className="qidx num">{index + 1}</span>
      <span className="qname" data-testid="queue-item-name" title={product?.name}>
        <span className={`qbadge qbadge-${state}`}>{t(STATE_KEY[state])}</span>
        <span className="ellipsis qname-text" title={product?.name}>{product?.name ?? slot.productId}</span>
        <span className={`tag role-${slot.role}`} title={t(`role.${slot.role}`)}>{t(`roleShort.${slot.role}`)}</span>
      </span>
      <span className="r num">{fmtPrice(price)}</span>
      <PlanActual slot={slot} extra={extra} runs={live?.runs ?? []} />
      <span className="r num">{f ? fmtInt(f.clicks5m, true, lang) : '–'}</span>
      <span className="r num">{f ? fmtMoney(f.gmv5m, true, lang) : '–'}</span>
      <span className="r num">{f ? fmtPct(f.conversion) : '–'}</span>
      <span className={`r num ${stock.soldOut ? 'is-soldout' : stock.stock < STOCK_LOW ? 'is-low' : ''}`}>
        {stock.soldOut ? t('queue.soldOut') : fmtInt(stock.stock, true, lang)}
      </span>
      <span className={`r num risk-txt-${band ?? 'none'}`} data-testid="queue-risk" data-band={f ? riskBand(f.risk) : undefined}
        title={f ? `${fmtPct(f.risk.rate, 0)} · ${t('metric.riskNorm', { pct: fmtPct(f.risk.norm, 0) })}` : undefined}>
        {!f ? '–' : f.gmv > 0 ? fmtPoints(riskExcess(f.risk), 0) : fmtPct(f.risk.norm, 0)}
      </span>
      {state !== 'onair' ? (
        <span className="qactions">
          {editable ? (
            <>
              <button className="sm ghost" disabled={index === 0} onClick={() => void moveSlot(slot.id, index - 1)} title={t('queue.moveUp')}>↑</button>
              <button className="sm ghost" disabled={index === count - 1} onClick={() => void moveSlot(slot.id, index + 1)} title={t('queue.moveDown')}>↓</button>
              <button className="sm" onClick={() => void skipSlot(slot.id)}>{t('queue.skipThis')}</button>
            </>
          ) : null}
          <button className="sm" onClick={() => void goToSlot(slot.id)}>{t('queue.goTo')}</button>
        </span>
      ) : null}
    </div>
  );
});
