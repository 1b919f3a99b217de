import type { MinutePoint } from '../../../../../shared/protocol/metrics';
import { fmtInt, fmtMoney } from '../../../../../shared/text/numberFormat';
import { fmtTime } from '../../../lib/format';
import type { Lang } from '../../../store/ui.slice';
import { rtOf, type RtFn } from '../../../i18n/review';
import { MINUTE_MS } from './scales';

interface Props {
  point: MinutePoint;
  partial: boolean;
  productName: string | null;
  role: string | null;
  left: number;
  top: number;
  flip: boolean;
  lang: Lang;
  rt: RtFn;
}

/** Hover card of one minute: time, the product on air and the minute's figures. */
export function ChartTooltip({ point, partial, productName, role, left, top, flip, lang, rt }: Props) {
  const rows: [string, string, string?][] = [
    [rt('tip.online'), fmtInt(point.online, false, lang), 'online'],
    [rt('tip.gmv'), fmtMoney(point.gmv, false, lang), 'gmv'],
    [rt('tip.orders'), fmtInt(point.orders, false, lang)],
    [rt('tip.comments'), fmtInt(point.comments, false, lang), 'comments'],
    [rt('tip.clicks'), fmtInt(point.clicks, false, lang)],
    [rt('tip.enterLeave'), `${fmtInt(point.enters, false, lang)} / ${fmtInt(point.leaves, false, lang)}`],
  ];
  return (
    <div className={`rv-tip${flip ? ' is-flipped' : ''}`} style={{ left, top }} data-testid="review-chart-tooltip" role="status">
      <div className="rv-tip-time num">
        {fmtTime(point.t, false)}–{fmtTime(point.t + MINUTE_MS, false)}
        {partial ? <span className="rv-tip-partial">{rt('chart.partial')}</span> : null}
      </div>
      <div className="rv-tip-product">
        {productName ? (
          <>
            {role ? <span className={`tag role-${role}`}>{rtOf(rt, 'role', role)}</span> : null}
            <span className="ellipsis">{productName}</span>
          </>
        ) : (
          <span className="muted">{rt('tip.none')}</span>
        )}
      </div>
      <dl className="rv-tip-rows">
        {rows.map(([k, v, swatch]) => (
          <div key={k}>
            <dt>{swatch ? <i className={`rv-swatch sw-${swatch}`} /> : null}{k}</dt>
            <dd className="num">{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
