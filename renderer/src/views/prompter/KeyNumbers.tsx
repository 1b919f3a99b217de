import { StaleAge } from '../../app/ConnectionBanner';
import { useT } from '../../i18n';
import { fmtInt, fmtMoney, fmtPct } from '../../../../shared/text/numberFormat';
import { useFigures } from '../../store/metrics.slice';
import { useLang } from '../../store/ui.slice';

/** The three numbers a host glances at: online, GMV, conversion. */
export function KeyNumbers() {
  const t = useT();
  const lang = useLang();
  const f = useFigures();
  if (!f) return null;
  return (
    <section className="p-numbers" data-testid="prompter-numbers">
      <div><span>{t('metric.online')}</span><b className="num" data-testid="prompter-online" data-value={Math.round(f.online)}>{fmtInt(f.online, true, lang)}</b></div>
      <div><span>GMV</span><b className="num">{fmtMoney(f.gmv, true, lang)}</b></div>
      <div><span>{t('metric.conversion')}</span><b className="num">{fmtPct(f.conversion, 2)}</b></div>
      <StaleAge className="p-stale" />
    </section>
  );
}
