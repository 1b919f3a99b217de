import { useT } from '../../i18n';
import { riskReasonDetail, riskReasonLabel } from '../../i18n/domain';
import { Sparkline } from '../../components/Sparkline';
import { fmtMoney, fmtPct, fmtPoints } from '../../../../shared/text/numberFormat';
import { EXCESS_ELEVATED, EXCESS_HIGH, riskBand, riskExcess } from '../../lib/riskBand';
import { useFigures, useRiskHistory, useRoomRisk } from '../../store/metrics.slice';
import { useLang } from '../../store/ui.slice';

const BAND_TONE = { normal: 'good', elevated: 'warn', high: 'danger' } as const;
/** The tile's colour classes (console.css) per band. */
const BAND_CLASS = { normal: 'low', elevated: 'mid', high: 'high' } as const;
/** The band scale shows the excess over the norm from −SCALE to +SCALE around the norm mark. */
const SCALE = 0.2;

/**
 * Refund risk read against the category's norm: before any paid order the norm itself as a
 * neutral prior; afterwards the predicted rate, its excess over the norm with the band
 * (shared/domain/refundRisk/band.ts), money at risk, and the top reasons.
 */
export function RiskTile() {
  const t = useT();
  const lang = useLang();
  const risk = useRoomRisk();
  const f = useFigures();
  const history = useRiskHistory();
  if (!risk) return null;
  const band = riskBand(risk);
  const excess = riskExcess(risk);
  const prior = !f || f.gmv <= 0;
  const cls = BAND_CLASS[band];
  // Before the first paid order the figure is the category prior: its one explanation is the base
  // rate, shown as a rate ("类目基础退货率 46%"), never as "+46pt" on top of anything.
  const reasons = prior
    ? risk.reasons.filter((r) => r.code === 'base').slice(0, 1)
    : [...risk.reasons].sort((a, b) => b.contribution - a.contribution).slice(0, 2);
  const pos = (x: number) => `${((Math.max(-SCALE, Math.min(x, SCALE)) + SCALE) / (2 * SCALE)) * 100}%`;
  const norm = t('metric.riskNorm', { pct: fmtPct(risk.norm, 0) });
  return (
    <section className={`tile tile-risk risk-${cls}`} data-testid="metric-refund-risk" data-value={risk.rate} data-norm={risk.norm} data-excess={excess.toFixed(3)} data-band={band} data-prior={prior ? 1 : 0}>
      <div className="tile-head">
        <span className="tile-label">{t('metric.refundRisk')} <span className={`risk-pill risk-pill-${cls}`}>{t(`metric.risk.${band}`)}</span></span>
        <Sparkline values={history.length > 1 ? history : [risk.rate, risk.rate]} width={72} height={18} tone={BAND_TONE[band]} label={t('metric.refundRisk')} />
      </div>
      {prior ? (
        <div className="risk-main">
          <span className="tile-value num" data-testid="risk-norm">{norm}</span>
        </div>
      ) : (
        <div className="risk-main">
          <span className="tile-value num">{fmtPct(risk.rate, 1)}</span>
          <span className="risk-money">
            <span data-testid="risk-excess">{t('metric.riskExcess', { points: fmtPoints(excess) })}</span> · <span className="muted">{norm}</span>
            <br />
            {t('metric.excessAtRisk')} <b className="num">{fmtMoney(risk.excessAtRisk, true, lang)}</b>
            <span className="muted"> · {t('metric.atRisk')} {fmtMoney(risk.atRisk, true, lang)} · {t('metric.refundRate')} {fmtPct(f.refundRate, 1)}</span>
          </span>
        </div>
      )}
      <div className="risk-band" aria-hidden>
        <span className="rb-low" style={{ width: pos(EXCESS_ELEVATED) }} />
        <span className="rb-mid" style={{ width: `calc(${pos(EXCESS_HIGH)} - ${pos(EXCESS_ELEVATED)})` }} />
        <span className="rb-high" />
        <i className="rb-marker" style={{ left: pos(prior ? 0 : excess) }} />
      </div>
      <ul className="risk-reasons" data-testid="risk-reasons">
        {reasons.map((r) => (
          <li key={r.code} title={riskReasonDetail(lang, r)} data-code={r.code}>
            <span className="ellipsis">{riskReasonLabel(lang, r.code)}</span>
            <span className="num">{prior ? fmtPct(r.contribution, 0) : fmtPoints(r.contribution)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
