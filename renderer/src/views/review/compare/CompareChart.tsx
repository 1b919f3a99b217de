import { useMemo, useState, type MouseEvent } from 'react';
import { alignSeries, type AlignedPoint } from '../../../../../shared/domain/review/compare';
import type { ReviewReport } from '../../../../../shared/protocol/review';
import { fmtInt, fmtMoney } from '../../../../../shared/text/numberFormat';
import type { RtFn } from '../../../i18n/review';
import type { Lang } from '../../../store/ui.slice';
import { linearScale, niceMax, valueTicks, type Scale } from '../chart/scales';
import { useWidth } from '../chart/useWidth';

const LEFT = 62;
const RIGHT = 14;
const STEPS = [1, 2, 5, 10, 15, 30, 60];

function line(points: readonly AlignedPoint[], v: (p: AlignedPoint) => number, x: Scale, y: Scale): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${x(p.minute + 0.5).toFixed(1)} ${y(v(p)).toFixed(1)}`).join('');
}

/** Both sessions' per-minute curves on one chart, aligned by minutes since each start: online, GMV per minute. */
export function CompareChart({ a, b, lang, rt }: { a: ReviewReport; b: ReviewReport; lang: Lang; rt: RtFn }) {
  const [wrapRef, cssWidth] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const width = Math.max(cssWidth, 480);
  const height = Math.round(Math.min(440, Math.max(280, width * 0.42)));
  const sa = useMemo(() => alignSeries(a), [a]);
  const sb = useMemo(() => alignSeries(b), [b]);
  const span = Math.max(5, ...sa.map((p) => p.minute + 1), ...sb.map((p) => p.minute + 1));
  const x = linearScale(0, span, LEFT, width - RIGHT);
  const axisY = height - 20;
  const onlineP = { top: 8, bottom: Math.round(8 + (axisY - 8 - 14) * 0.55) };
  const gmvP = { top: onlineP.bottom + 14, bottom: axisY };
  const onMax = niceMax(Math.max(1, ...sa.map((p) => p.online), ...sb.map((p) => p.online)), 3);
  const gMax = niceMax(Math.max(10_000, ...sa.map((p) => p.gmv), ...sb.map((p) => p.gmv)), 2);
  const yOn = linearScale(0, onMax, onlineP.bottom, onlineP.top + 14);
  const yG = linearScale(0, gMax, gmvP.bottom, gmvP.top + 14);
  const step = STEPS.find((s) => ((width - LEFT - RIGHT) / span) * s >= 56) ?? 120;
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => i * step);

  const at = (s: readonly AlignedPoint[], m: number) => s.find((p) => p.minute === m);
  function onMove(e: MouseEvent<SVGRectElement>) {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const m = Math.floor(x.invert(((e.clientX - box.left) / box.width) * width));
    setHover(m >= 0 && m < span ? m : null);
  }
  const pa = hover !== null ? at(sa, hover) : undefined;
  const pb = hover !== null ? at(sb, hover) : undefined;
  const scale = cssWidth > 0 ? cssWidth / width : 1;
  const tipX = hover !== null ? x(hover + 0.5) * scale : 0;

  return (
    <div className="rv-chart-wrap" ref={wrapRef} data-testid="compare-chart" data-span={span} data-points-a={sa.length} data-points-b={sb.length}>
      {cssWidth > 0 ? (
        <svg className="rv-chart" width="100%" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={rt('cmp.curves')}>
          {[{ p: onlineP, max: onMax, n: 3, f: (v: number) => fmtInt(v, true, lang), title: rt('chart.online') },
            { p: gmvP, max: gMax, n: 2, f: (v: number) => fmtMoney(v, true, lang), title: rt('chart.gmv') }].map(({ p, max, n, f, title }) => {
            const y = linearScale(0, max, p.bottom, p.top + 14);
            return (
              <g key={title} className="rv-axis">
                {valueTicks(max, n).map((v, i) => (
                  <g key={i}>
                    <line className={i === 0 ? 'rv-baseline' : 'rv-grid'} x1={LEFT} x2={width - RIGHT} y1={y(v)} y2={y(v)} />
                    {i > 0 ? <text className="rv-ylabel" x={LEFT - 6} y={y(v) + 3.5}>{f(v)}</text> : null}
                  </g>
                ))}
                <text className="rv-pane-title" x={LEFT + 6} y={p.top + 11}>{title}</text>
              </g>
            );
          })}
          <path className="rv-cline is-a" data-testid="compare-line-a" d={line(sa, (p) => p.online, x, yOn)} />
          <path className="rv-cline is-b" data-testid="compare-line-b" d={line(sb, (p) => p.online, x, yOn)} />
          <path className="rv-cline is-a is-gmv" d={line(sa, (p) => p.gmv, x, yG)} />
          <path className="rv-cline is-b is-gmv" d={line(sb, (p) => p.gmv, x, yG)} />
          <g className="rv-xaxis">
            {ticks.map((m) => (
              <g key={m}>
                <line className="rv-xtick" x1={x(m)} x2={x(m)} y1={axisY} y2={axisY + 4} />
                <text className="rv-xlabel" x={x(m)} y={axisY + 15}>{m}′</text>
              </g>
            ))}
          </g>
          {hover !== null ? <line className="rv-crosshair" x1={x(hover + 0.5)} x2={x(hover + 0.5)} y1={onlineP.top} y2={axisY} /> : null}
          <rect className="rv-hit" x={LEFT} y={onlineP.top} width={width - RIGHT - LEFT} height={axisY - onlineP.top} onMouseMove={onMove} onMouseLeave={() => setHover(null)} />
        </svg>
      ) : null}
      {hover !== null ? (
        <div className={`rv-tip rv-ctip${tipX + 230 > cssWidth ? ' is-flipped' : ''}`} style={{ left: tipX + 230 > cssWidth ? tipX - 226 : tipX + 12, top: 14 }} data-testid="compare-tooltip">
          <div className="rv-tip-time">{rt('cmp.minute', { n: hover })}</div>
          <dl className="rv-tip-rows">
            <div><dt><i className="rv-cdot is-a" />{rt('cmp.a')} · {rt('tip.online')}</dt><dd className="num">{pa ? fmtInt(pa.online, false, lang) : '—'}</dd></div>
            <div><dt><i className="rv-cdot is-b" />{rt('cmp.b')} · {rt('tip.online')}</dt><dd className="num">{pb ? fmtInt(pb.online, false, lang) : '—'}</dd></div>
            <div><dt><i className="rv-cdot is-a" />{rt('cmp.a')} · {rt('tip.gmv')}</dt><dd className="num">{pa ? fmtMoney(pa.gmv, false, lang) : '—'}</dd></div>
            <div><dt><i className="rv-cdot is-b" />{rt('cmp.b')} · {rt('tip.gmv')}</dt><dd className="num">{pb ? fmtMoney(pb.gmv, false, lang) : '—'}</dd></div>
          </dl>
        </div>
      ) : null}
    </div>
  );
}
