import { useT } from '../../i18n';
import { riskReasonDetail, riskReasonLabel } from '../../i18n/domain';
import { Sparkline } from '../../components/Sparkline';
import { fmtMoney, fmtPct, fmtPoints } from '../../../../shared/text/numberFormat';
import { RISK_HIGH, RISK_MID, riskBand } from '../../lib/riskBand';
import { useFigures, useRiskHistory, useRoomRisk } from '../../store/metrics.slice';
import { useLang } from '../../store/ui.slice';

const BAND_TONE = { low: 'good', mid: 'warn', high: 'danger' } as const;
const SCALE_MAX = 0.6;

/** Predicted refund rate with its colour band, money at risk, and the top reasons. */
export function RiskTile() {
  const t = useT();
  const lang = useLang();
  const risk = useRoomRisk();
  const f = useFigures();
  const history = useRiskHistory();
  if (!risk) return null;
  const band = riskBand(risk.rate);
  const reasons = [...risk.reasons].sort((a, b) => b.contribution - a.contribution).slice(0, 2);
  const pos = (v: number) => `${(Math.min(v, SCALE_MAX) / SCALE_MAX) * 100}%`;
  return (
    <section className={`tile tile-risk risk-${band}`} data-testid="metric-refund-risk" data-value={risk.rate} data-band={band}>
      <div className="tile-head">
        <span className="tile-label">{t('metric.refundRisk')} <span className={`risk-pill risk-pill-${band}`}>{t(`metric.risk.${band}`)}</span></span>
        <Sparkline values={history.length > 1 ? history : [risk.rate, risk.rate]} width={72} height={18} tone={BAND_TONE[band]} label={t('metric.refundRisk')} />
      </div>
      <div className="risk-main">
        <span className="tile-value num">{fmtPct(risk.rate, 1)}</span>
        <span className="risk-money">
          {t('metric.atRisk')} <b className="num">{fmtMoney(risk.atRisk, true, lang)}</b>
          {f ? <span className="muted"> · {t('metric.refundRate')} {fmtPct(f.refundRate, 1)}</span> : null}
        </span>
      </div>
      <div className="risk-band" aria-hidden>
        <span className="rb-low" style={{ width: pos(RISK_MID) }} />
        <span className="rb-mid" style={{ width: `calc(${pos(RISK_HIGH)} - ${pos(RISK_MID)})` }} />
        <span className="rb-high" />
        <i className="rb-marker" style={{ left: pos(risk.rate) }} />
      </div>
      <ul className="risk-reasons" data-testid="risk-reasons">
        {reasons.map((r) => (
          <li key={r.code} title={riskReasonDetail(lang, r)} data-code={r.code}>
            <span className="ellipsis">{riskReasonLabel(lang, r.code)}</span>
            <span className="num">{fmtPoints(r.contribution)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
