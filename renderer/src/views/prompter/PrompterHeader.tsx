import { useT } from '../../i18n';
import { SlotTimer } from '../../components/SlotTimer';
import { fmtPrice } from '../../../../shared/text/numberFormat';
import { useOnAir } from '../../store/live.selectors';
import { useHubDown } from '../../store/connection.slice';

/** On-air product and live price, huge, with the slot timer. */
export function PrompterHeader() {
  const t = useT();
  const onAir = useOnAir();
  const down = useHubDown();
  return (
    <header className="p-head">
      <div className="p-product">
        <div className="p-onair-tag">{onAir ? `● ${t('prompter.onair')}` : t('prompter.waiting')}</div>
        <div className="p-name" data-testid="onair-product" data-product-id={onAir?.product?.id ?? ''}>
          {onAir?.product?.name ?? '—'}
        </div>
        {onAir ? (
          <div className="p-price-row">
            <span className="p-price num" data-testid="prompter-price" data-value={onAir.price}>{fmtPrice(onAir.price)}</span>
            {onAir.product?.listPrice ? (
              <span className="p-list num">{t('prompter.listPrice')} <s>{fmtPrice(onAir.product.listPrice)}</s></span>
            ) : null}
            {onAir.slot.mechanism ? <span className="p-mech">{onAir.slot.mechanism}</span> : null}
          </div>
        ) : null}
      </div>
      <div className="p-timer">
        <SlotTimer variant="prompter" />
        {down ? <div className="p-localtime" data-testid="timer-local">⚠ {t('conn.localTime')}</div> : null}
      </div>
    </header>
  );
}
