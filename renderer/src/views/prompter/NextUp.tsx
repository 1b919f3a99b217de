import { useT } from '../../i18n';
import { fmtPrice } from '../../../../shared/text/numberFormat';
import { useUpcoming } from '../../store/live.selectors';

/** The next three products. */
export function NextUp() {
  const t = useT();
  const next = useUpcoming(3);
  return (
    <section className="p-card p-next" data-testid="prompter-next">
      <h4>{t('prompter.next')}</h4>
      {next.length === 0 ? <div className="muted p-empty">{t('queue.none')}</div> : null}
      <ol>
        {next.map((s, i) => (
          <li key={s.slot.id} className={i === 0 ? 'first' : ''}>
            <span className="ellipsis">{s.product?.name ?? s.slot.productId}</span>
            <span className="num">{fmtPrice(s.price)}</span>
            <span className="muted num">{s.slot.plannedMinutes}{t('common.minutesShort')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
