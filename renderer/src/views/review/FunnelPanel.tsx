import type { FunnelStep, ReviewReport } from '../../../../shared/protocol/review';
import { fmtInt, fmtPct } from '../../../../shared/text/numberFormat';
import { rtOf, type RtFn } from '../../i18n/review';
import type { Lang } from '../../store/ui.slice';
import { shortName } from './reviewFormat';

interface Props {
  report: ReviewReport;
  /** Product picked in the table or chart (its funnel is shown beside the room's). */
  selected: string | null;
  lang: Lang;
  rt: RtFn;
}

/** One funnel, Compass-style: centred bars narrowing with each step, the rate between steps, 无数据 where a step has none. */
function Funnel({ steps, testId, lang, rt }: { steps: readonly FunnelStep[]; testId: string; lang: Lang; rt: RtFn }) {
  const top = Math.max(1, ...steps.map((s) => s.value ?? 0));
  return (
    <ol className="rv-funnel" data-testid={testId}>
      {steps.map((s, i) => {
        const noData = s.value === null;
        const share = noData ? 1 : Math.max(0.16, (s.value ?? 0) / top);
        const prev = steps[i - 1];
        const skipped = s.rateFrom !== null && prev && s.rateFrom !== prev.step;
        return (
          <li key={s.step} className={`rv-fstep${noData ? ' is-nodata' : ''}`} data-testid="funnel-step" data-step={s.step} data-value={s.value ?? ''} data-rate={s.rate ?? ''}>
            {i > 0 ? (
              <div className="rv-frate num" title={s.rateFrom ? `${rtOf(rt, 'funnel.step', s.rateFrom)} → ${rtOf(rt, 'funnel.step', s.step)}` : undefined}>
                {s.rate !== null ? (
                  <>↓ {skipped ? `${rtOf(rt, 'funnel.step', s.rateFrom!)}→ ` : ''}<b>{fmtPct(s.rate, 1)}</b></>
                ) : <span className="muted">↓ —</span>}
              </div>
            ) : null}
            <div className="rv-frow">
              <span className="rv-flabel">{rtOf(rt, 'funnel.step', s.step)}</span>
              <span className="rv-fbar-wrap">
                <span className="rv-fbar" style={{ width: `${share * 100}%` }} title={noData ? rt('funnel.noDataHint') : undefined}>
                  {noData ? rt('funnel.noData') : rt(s.unit === 'users' ? 'funnel.unit.users' : 'funnel.unit.orders', { n: fmtInt(s.value ?? 0, false, lang) })}
                </span>
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** 转化漏斗: the room's funnel and the picked product's (进入 → 商品曝光 → 点击 → 下单 → 支付). */
export function FunnelPanel({ report, selected, lang, rt }: Props) {
  const funnel = report.funnel;
  if (!funnel) return null;
  const product = selected ? report.products.find((p) => p.productId === selected) : undefined;
  const pSteps = selected ? funnel.products[selected] : undefined;
  return (
    <section className="rv-panel rv-funnel-panel" data-testid="review-funnel">
      <div className="rv-panel-head">
        <h2>{rt('funnel')}</h2>
        <span className="muted rv-hint">{rt('funnel.pickHint')}</span>
      </div>
      <div className="rv-funnels">
        <div className="rv-funnel-col">
          <h3 className="rv-sub">{rt('funnel.room')}</h3>
          <Funnel steps={funnel.room} testId="funnel-room" lang={lang} rt={rt} />
        </div>
        <div className="rv-funnel-col">
          <h3 className="rv-sub ellipsis" title={product?.name}>{product ? rt('funnel.product', { name: shortName(product.name) }) : rt('funnel.pickHint')}</h3>
          {pSteps ? <Funnel steps={pSteps} testId="funnel-product" lang={lang} rt={rt} />
            : product ? <p className="muted rv-empty-line">{rt('funnel.noProduct')}</p> : null}
        </div>
      </div>
    </section>
  );
}
