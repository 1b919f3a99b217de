import { useT } from '../../i18n';
import { SlotTimer } from '../../components/SlotTimer';
import { fmtInt, fmtPrice } from '../../../../shared/text/numberFormat';
import { useNextSlot, useOnAir } from '../../store/live.selectors';
import { useProductFigures } from '../../store/metrics.slice';
import { usePrompterSection, useLive, useShow } from '../../store/room.slice';
import { TALK_SECTIONS } from '../../../../shared/protocol';
import { changeStock, extendSlot, markSection, setSoldOut, skipNext, takeNext } from './actions';
import { liveStock, STOCK_LOW } from './stock';
import { ownEntry } from '../../../../shared/domain/idTable';

/** Marks the talking-point section the host's prompter should follow. */
function SectionMarker() {
  const t = useT();
  const section = usePrompterSection();
  return (
    <div className="onair-sections" title={t('prompter.markSection')} data-testid="section-marker">
      <span className="muted">{t('prompter.section')}</span>
      {TALK_SECTIONS.map((s) => (
        <button key={s} className={`sm ${section === s ? 'on' : ''}`} onClick={() => void markSection(section === s ? null : s)} data-section={s}>
          {t(`section.${s}`)}
        </button>
      ))}
    </div>
  );
}

/** The on-air product with its timer and the assistant's main controls. */
export function OnAirCard() {
  const t = useT();
  const show = useShow();
  const live = useLive();
  const onAir = useOnAir();
  const next = useNextSlot();
  const figures = useProductFigures(onAir?.product?.id);
  const index = onAir && show ? show.slots.indexOf(onAir.slot) + 1 : 0;
  const extra = onAir ? (live ? ownEntry(live.extraMinutes, onAir.slot.id) : undefined) ?? 0 : 0;
  const stock = onAir?.product ? liveStock(onAir.product.id, live, figures, onAir.product.stock) : null;

  return (
    <section className="onair panel" data-testid="onair-card" data-since={live?.onAirSince ?? ''}>
      <div className="onair-main">
        <div className="onair-info">
          <div className="onair-meta">
            {onAir ? (
              <>
                <span className="badge badge-live">● {t('queue.onair')}</span>
                <span className="muted num">{index}/{show?.slots.length ?? 0}</span>
                <span className={`tag role-${onAir.slot.role}`}>{t(`role.${onAir.slot.role}`)}</span>
                <span className="muted num">{t('queue.plan')} {onAir.slot.plannedMinutes}{t('common.minutesShort')}{extra ? ` +${extra}` : ''}</span>
              </>
            ) : (
              <span className="muted">{live?.ended ? t('queue.ended') : t('queue.noOnAir')}</span>
            )}
          </div>
          <div className="onair-name ellipsis" data-testid="onair-product" data-product-id={onAir?.product?.id ?? ''}>
            {onAir?.product?.name ?? '—'}
          </div>
          {onAir ? (
            <div className="onair-price">
              <span className="price num">{fmtPrice(onAir.price)}</span>
              {onAir.product?.listPrice ? <s className="muted num">{fmtPrice(onAir.product.listPrice)}</s> : null}
              {onAir.slot.mechanism ? <span className="mech ellipsis" title={onAir.slot.mechanism}>{onAir.slot.mechanism}</span> : null}
            </div>
          ) : null}
        </div>
        <SlotTimer variant="console" />
      </div>
      <div className="onair-controls">
        {onAir?.product && stock ? (
          <div className="ctl-group">
            <span className={`stock num ${stock.soldOut ? 'is-soldout' : stock.stock < STOCK_LOW ? 'is-low' : ''}`}>
              {t('queue.stock')} {stock.soldOut ? t('queue.soldOut') : fmtInt(stock.stock)}
            </span>
            <button className="sm" onClick={() => void changeStock(onAir.product!.id, -10)}>−10</button>
            <button className="sm" onClick={() => void changeStock(onAir.product!.id, 10)}>+10</button>
            <button className={`sm ${stock.soldOut ? '' : 'danger'}`} onClick={() => void setSoldOut(onAir.product!.id, !stock.soldOut)} data-testid="sold-out">
              {stock.soldOut ? t('queue.restore') : t('queue.soldOut')} <kbd>O</kbd>
            </button>
          </div>
        ) : <div className="ctl-group" />}
        {onAir ? (
          <div className="ctl-group">
            <span className="muted">{t('queue.extend')}</span>
            <button className="sm" onClick={() => void extendSlot(onAir.slot.id, 1)}>+1{t('common.minutesShort')}</button>
            <button className="sm" onClick={() => void extendSlot(onAir.slot.id, 5)}>+5{t('common.minutesShort')}</button>
          </div>
        ) : null}
        <div className="ctl-group ctl-right">
          <button onClick={() => void skipNext()} disabled={!next} data-testid="skip-next">
            {t('queue.skip')} <kbd>S</kbd>
          </button>
          <button className="primary take" onClick={() => void takeNext()} disabled={!next || live?.ended} data-testid="take-next">
            {t('queue.takeNext')} ▶ <kbd>N</kbd>
          </button>
        </div>
      </div>
      <div className="onair-next">
        <span className="muted">{t('queue.nextUp')}</span>
        {next ? (
          <>
            <span className="ellipsis" data-testid="next-product">{next.product?.name ?? next.slot.productId}</span>
            <span className="num dim">{fmtPrice(next.price)}</span>
            <span className={`tag role-${next.slot.role}`}>{t(`role.${next.slot.role}`)}</span>
            <span className="muted num">{next.slot.plannedMinutes}{t('common.minutesShort')}</span>
          </>
        ) : <span className="muted">{t('queue.none')}</span>}
        {onAir ? <SectionMarker /> : null}
      </div>
    </section>
  );
}
