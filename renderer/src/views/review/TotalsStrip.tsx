import type { ReactNode } from 'react';
import type { ReviewReport } from '../../../../shared/protocol/review';
import { fmtInt, fmtMoney, fmtPct, fmtPoints, fmtPrice } from '../../../../shared/text/numberFormat';
import { EXCESS_ELEVATED, EXCESS_HIGH, riskBand, riskExcess } from '../../lib/riskBand';
import { useT } from '../../i18n';
import type { Lang } from '../../store/ui.slice';
import { riskReasonDetail, riskReasonLabel } from '../../i18n/domain';
import type { RtFn } from '../../i18n/review';

interface Props {
  report: ReviewReport;
  lang: Lang;
  rt: RtFn;
}

function Figure({ label, value, sub, hint, testId, raw }: { label: string; value: string; sub?: ReactNode; hint?: string; testId?: string; raw?: number }) {
  return (
    <div className="rv-fig" title={hint} data-testid={testId} data-value={raw}>
      <div className="rv-fig-label">{label}</div>
      <div className="rv-fig-value num">{value}</div>
      {sub ? <div className="rv-fig-sub">{sub}</div> : null}
    </div>
  );
}

/** The band's colour classes per band (the console's: normal/elevated/high → low/mid/high). */
export const BAND_CLASS = { normal: 'low', elevated: 'mid', high: 'high' } as const;
/** The scale shows the excess over the norm from −SCALE to +SCALE around the norm mark (as the console tile). */
const SCALE = 0.2;
const pos = (x: number) => `${((Math.max(-SCALE, Math.min(x, SCALE)) + SCALE) / (2 * SCALE)) * 100}%`;

/** The session's totals: GMV (refunds included, labelled), traffic, conversion, value per viewer, refunds and risk. */
export function TotalsStrip({ report, lang, rt }: Props) {
  const t = useT();
  const f = report.totals;
  const peak = report.series.reduce((m, p) => Math.max(m, p.online), 0);
  const target = report.products.reduce((a, p) => a + (p.targetGmv ?? 0), 0);
  const ofTarget = target ? f.gmv / target : null;
  // Read against the category norm with the console's band and words (shared/domain/refundRisk/band.ts).
  const risk = report.risk;
  const riskBandKey = riskBand(risk);
  const band = BAND_CLASS[riskBandKey];
  const excess = riskExcess(risk);
  const prior = f.gmv <= 0;
  const reasons = [...report.risk.reasons].sort((a, b) => b.contribution - a.contribution).slice(0, 3);
  return (
    <div className="rv-totals">
      <div className="rv-gmv" data-testid="review-total-gmv" data-value={Math.round(f.gmv)} title={rt('gmvNoteLong')}>
        <div className="rv-fig-label">
          {rt('gmv')} <span className="rv-note">{rt('gmvNote')}</span>
        </div>
        <div className="rv-gmv-value num">{fmtMoney(f.gmv, false, lang)}</div>
        {ofTarget !== null ? (
          <div className="rv-gmv-target">
            <div className="rv-progress">
              <span className={`rv-progress-fill ${ofTarget >= 1 ? 'is-good' : ofTarget >= 0.7 ? 'is-mid' : 'is-bad'}`} style={{ width: `${Math.min(1, ofTarget) * 100}%` }} />
            </div>
            <span className="num">{rt('ofTarget', { pct: fmtPct(ofTarget, 0) })}</span>
            <span className="muted num">{rt('target')} {fmtMoney(target, true, lang)}</span>
          </div>
        ) : null}
        <div className="rv-fig-sub">{rt('refunded')} <b className="num">{fmtMoney(f.refundAmount, false, lang)}</b></div>
      </div>
      <div className="rv-figs">
        <Figure label={rt('totalViewers')} value={fmtInt(f.totalViewers, true, lang)} raw={f.totalViewers} testId="review-total-viewers" />
        <Figure label={rt('avgOnline')} value={fmtInt(f.avgOnline, false, lang)} sub={<>{rt('peak')} <b className="num">{fmtInt(peak, false, lang)}</b></>} />
        <Figure label={rt('buyers')} value={fmtInt(f.buyers, false, lang)} sub={<>{rt('units')} <b className="num">{fmtInt(f.units, false, lang)}</b></>} />
        <Figure label={rt('conversion')} value={fmtPct(f.conversion, 2)} hint={rt('conversionHint')} sub={<span className="muted">{rt('conversionHint')}</span>} />
        <Figure label={rt('aov')} value={f.buyers ? fmtMoney(f.avgOrderValue, false, lang) : '—'} />
        <Figure label={rt('gpm')} value={fmtMoney(f.gpm, false, lang)} hint={rt('gpmHint')} sub={<span className="muted">{rt('gpmHint')}</span>} />
        <Figure label={rt('uvValue')} value={fmtPrice(Math.round(f.uvValue))} hint={rt('uvHint')} sub={<span className="muted">{rt('uvHint')}</span>} />
        <Figure label={rt('refundRate')} value={f.gmv ? fmtPct(f.refundRate, 1) : '—'} hint={rt('refundRateHint')} sub={<span className="muted">{rt('refundRateHint')}</span>} />
      </div>
      <div className={`rv-risk risk-${band}`} data-testid="review-risk" data-value={risk.rate} data-norm={risk.norm} data-excess={excess.toFixed(3)} data-band={riskBandKey}>
        <div className="rv-fig-label">
          {t('metric.refundRisk')} <span className={`rv-pill rv-pill-${band}`}>{t(`metric.risk.${riskBandKey}`)}</span>
        </div>
        {prior ? (
          <div className="rv-risk-main"><span className="rv-risk-value num">{t('metric.riskNorm', { pct: fmtPct(risk.norm, 0) })}</span></div>
        ) : (
          <>
            <div className="rv-risk-main">
              <span className="rv-risk-value num">{fmtPct(risk.rate, 1)}</span>
              <span className="rv-risk-money">{t('metric.excessAtRisk')} <b className="num">{fmtMoney(risk.excessAtRisk, false, lang)}</b></span>
            </div>
            <div className="rv-risk-sub" title={`${rt('atRisk')} ${fmtMoney(risk.atRisk, false, lang)}`}>
              <span data-testid="review-risk-excess">{t('metric.riskExcess', { points: fmtPoints(excess) })}</span>
              <span className="muted"> · {t('metric.riskNorm', { pct: fmtPct(risk.norm, 0) })}</span>
            </div>
          </>
        )}
        <div className="rv-riskscale" aria-hidden>
          <span className="rb-low" style={{ width: pos(EXCESS_ELEVATED) }} />
          <span className="rb-mid" style={{ width: `calc(${pos(EXCESS_HIGH)} - ${pos(EXCESS_ELEVATED)})` }} />
          <span className="rb-high" />
          <i className="rb-marker" style={{ left: pos(prior ? 0 : excess) }} />
        </div>
        <ul className="rv-reasons">
          {reasons.map((r) => (
            <li key={r.code} title={riskReasonDetail(lang, r)}>
              <span className="ellipsis">{riskReasonLabel(lang, r.code)}</span>
              <span className="num muted">{fmtPoints(r.contribution)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
