import { useId, useMemo, useState, type MouseEvent } from 'react';
import type { MinutePoint } from '../../../../../shared/protocol/metrics';
import type { ReviewReport } from '../../../../../shared/protocol/review';
import { fmtInt, fmtMoney } from '../../../../../shared/text/numberFormat';
import { fmtTime } from '../../../lib/format';
import type { Lang } from '../../../store/ui.slice';
import type { RtFn } from '../../../i18n/review';
import { ChartTooltip } from './ChartTooltip';
import { chartLayout, type Pane } from './layout';
import { MarkerLane, markerText } from './MarkerLane';
import { placeMarkers } from './markerRows';
import { barsPath, linearScale, linePaths, minuteIndexAt, minuteMid, MINUTE_MS, niceMax, timeDomain, timeTicks, valueTicks } from './scales';
import { SlotBands } from './SlotBands';
import { useWidth } from './useWidth';

interface Props {
  report: ReviewReport;
  selected: string | null;
  onSelect: (productId: string | null) => void;
  lang: Lang;
  rt: RtFn;
}

const TIP_W = 212;

function PaneAxis({ pane, max, ticks, fmt, left, right, title, note, empty = false }: {
  pane: Pane; max: number; ticks: number; fmt: (v: number) => string; left: number; right: number; title: string; note?: string; empty?: boolean;
}) {
  const y = linearScale(0, max, pane.bottom, pane.top);
  return (
    <g className="rv-axis">
      {valueTicks(max, ticks).map((v, i) => (
        <g key={i}>
          <line className={i === 0 ? 'rv-baseline' : 'rv-grid'} x1={left} x2={right} y1={y(v)} y2={y(v)} />
          {i > 0 && !empty ? <text className="rv-ylabel" x={left - 6} y={y(v) + 3.5}>{fmt(v)}</text> : null}
        </g>
      ))}
      <text className="rv-pane-title" x={left + 6} y={pane.top + 11}>{title}{note ? <tspan className="rv-pane-note"> {note}</tspan> : null}</text>
    </g>
  );
}

/**
 * The 复盘 main chart, hand-written SVG: in-room viewers (line), GMV per minute (bars) and
 * comments per minute (bars) on one time axis, with the product slots as labelled bands.
 */
export function TimelineChart({ report, selected, onSelect, lang, rt }: Props) {
  const [wrapRef, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const [activeMark, setActiveMark] = useState<number | null>(null);
  const gid = `rv${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const series = report.series;
  const now = report.endedAt ?? report.generatedAt;

  const products = useMemo(() => new Map(report.products.map((p) => [p.productId, p])), [report.products]);
  const roleOf = (id: string) => products.get(id)?.roles[0];
  const nameOf = (id: string) => products.get(id)?.name ?? id;

  const [t0, t1] = timeDomain(report);
  // The time scale does not depend on the marker rows (only on the width): place markers, then lay out.
  const base = chartLayout(Math.max(width, 480));
  const x = linearScale(t0, t1, base.left, base.right);
  const marks = useMemo(() => placeMarkers(report.markers ?? [], x, now), [report.markers, base.width, t0, t1, now]);
  const L = chartLayout(Math.max(width, 480), marks.rows);

  const peak = useMemo(() => series.reduce((m, p) => Math.max(m, p.online), 0), [series]);
  const gmvPeak = useMemo(() => series.reduce((m, p) => Math.max(m, p.gmv), 0), [series]);
  const cPeak = useMemo(() => series.reduce((m, p) => Math.max(m, p.comments), 0), [series]);
  const onlineMax = niceMax(peak || 1, 3);
  const gmvMax = niceMax(Math.max(gmvPeak, 10_000), 2);
  const cMax = niceMax(cPeak || 1, 1);
  const yOnline = linearScale(0, onlineMax, L.online.bottom, L.online.top + 14);
  const yGmv = linearScale(0, gmvMax, L.gmv.bottom, L.gmv.top + 14);
  const yC = linearScale(0, cMax, L.comments.bottom, L.comments.top + 14);

  const last = series.at(-1);
  const partialT = last && report.endedAt === null && report.generatedAt < last.t + MINUTE_MS ? last.t : null;
  const isDone = (p: MinutePoint) => p.t !== partialT;
  const inSel = (p: MinutePoint) => selected === null || p.productId === selected;

  const paths = useMemo(() => {
    const on = linePaths(series, (p) => p.online, x, yOnline, now);
    return {
      online: on,
      gmv: barsPath(series, (p) => p.gmv, x, yGmv, now, (p) => isDone(p) && inSel(p)),
      gmvDim: selected === null ? '' : barsPath(series, (p) => p.gmv, x, yGmv, now, (p) => isDone(p) && !inSel(p)),
      gmvPartial: barsPath(series, (p) => p.gmv, x, yGmv, now, (p) => !isDone(p)),
      comments: barsPath(series, (p) => p.comments, x, yC, now, (p) => isDone(p)),
      commentsPartial: barsPath(series, (p) => p.comments, x, yC, now, (p) => !isDone(p)),
    };
  }, [series, L.width, t0, t1, onlineMax, gmvMax, cMax, selected, partialT, now]);

  const ticks = timeTicks(t0, t1, L.right - L.left);
  const point = hover !== null ? series[hover] : undefined;

  function onMove(e: MouseEvent<SVGRectElement>) {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * L.width;
    const i = minuteIndexAt(series, x.invert(px));
    setHover(i >= 0 ? i : null);
  }
  function onClick(e: MouseEvent<SVGRectElement>) {
    const box = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const t = x.invert(((e.clientX - box.left) / box.width) * L.width);
    const run = report.runs.find((r) => t >= r.startedAt && t < (r.endedAt ?? now));
    onSelect(run && run.productId !== selected ? run.productId : null);
  }

  const cx = point ? x(minuteMid(point, now)) : 0;
  const scaleToCss = width > 0 ? width / L.width : 1;
  const tipLeft = cx * scaleToCss;
  const flip = tipLeft + 16 + TIP_W > width;
  const fmtMoneyAxis = (v: number) => fmtMoney(v, true, lang);
  const fmtIntAxis = (v: number) => fmtInt(v, true, lang);

  return (
    <div className="rv-chart-wrap" ref={wrapRef} data-testid="review-chart" data-points={series.length} data-runs={report.runs.length} data-markers={marks.placed.length}>
      {width > 0 ? (
        <svg
          className="rv-chart"
          width="100%"
          viewBox={`0 0 ${L.width} ${L.height}`}
          preserveAspectRatio="xMinYMin meet"
          role="img"
          aria-label={`${rt('chart.online')} · ${rt('chart.gmv')} · ${rt('chart.comments')}`}
        >
          <defs>
            <linearGradient id={`${gid}-on`} x1="0" x2="0" y1="0" y2="1">
              <stop offset="0%" className="rv-grad-a" />
              <stop offset="100%" className="rv-grad-b" />
            </linearGradient>
            <pattern id={`${gid}-hatch`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="4" className="rv-hatch-line" />
            </pattern>
            <pattern id={`${gid}-over`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="5" height="5" className="rv-over-bg" />
              <line x1="0" y1="0" x2="0" y2="5" className="rv-over-line" />
            </pattern>
          </defs>

          <SlotBands hatch={`url(#${gid}-over)`} runs={report.runs} roleOf={roleOf} now={now} x={x} layout={L} selected={selected} onSelect={(id) => onSelect(id === selected ? null : id)} rt={rt} />

          <MarkerLane placed={marks.placed} layout={L} active={activeMark} onActive={setActiveMark} nameOf={nameOf} rt={rt} />

          <PaneAxis pane={L.online} empty={peak === 0} max={onlineMax} ticks={3} fmt={fmtIntAxis} left={L.left} right={L.right} title={rt('chart.online')}
            note={peak ? `${rt('peak')} ${fmtInt(peak, false, lang)}` : undefined} />
          <PaneAxis pane={L.gmv} empty={gmvPeak === 0} max={gmvMax} ticks={2} fmt={fmtMoneyAxis} left={L.left} right={L.right} title={rt('chart.gmv')}
            note={gmvPeak ? `${rt('peak')} ${fmtMoney(gmvPeak, false, lang)}` : undefined} />
          <PaneAxis pane={L.comments} empty={cPeak === 0} max={cMax} ticks={1} fmt={fmtIntAxis} left={L.left} right={L.right} title={rt('chart.comments')} />

          <path className="rv-online-area" d={paths.online.area} fill={`url(#${gid}-on)`} />
          <path className="rv-online-line" d={paths.online.line} />
          <path className="rv-bars-gmv" d={paths.gmv} />
          {paths.gmvDim ? <path className="rv-bars-gmv is-dim" d={paths.gmvDim} /> : null}
          <path className="rv-bars-partial" d={paths.gmvPartial} fill={`url(#${gid}-hatch)`} />
          <path className="rv-bars-comments" d={paths.comments} />
          <path className="rv-bars-partial" d={paths.commentsPartial} fill={`url(#${gid}-hatch)`} />
          {gmvPeak === 0 ? (
            <text className="rv-nodata" x={(L.left + L.right) / 2} y={(L.gmv.top + L.gmv.bottom) / 2 + 6}>{rt('chart.noSales')}</text>
          ) : null}

          <g className="rv-xaxis">
            {ticks.map((tk) => (
              <g key={tk.t}>
                <line className={tk.major ? 'rv-xtick is-major' : 'rv-xtick'} x1={x(tk.t)} x2={x(tk.t)} y1={L.axisY} y2={L.axisY + 4} />
                <text className={tk.major ? 'rv-xlabel is-major' : 'rv-xlabel'} x={x(tk.t)} y={L.axisY + 15}>{fmtTime(tk.t, false)}</text>
              </g>
            ))}
          </g>

          {report.endedAt === null ? (
            <line className="rv-now" x1={x(report.generatedAt)} x2={x(report.generatedAt)} y1={L.online.top} y2={L.axisY} />
          ) : null}

          {point ? (
            <g className="rv-hover" pointerEvents="none">
              <rect className="rv-hover-col" x={x(point.t)} y={L.online.top} width={Math.max(1, x(Math.min(point.t + MINUTE_MS, now)) - x(point.t))} height={L.axisY - L.online.top} />
              <line className="rv-crosshair" x1={cx} x2={cx} y1={L.lane.bottom} y2={L.axisY} />
              <circle className="rv-dot" cx={cx} cy={yOnline(point.online)} r={3.5} />
            </g>
          ) : null}

          <rect
            className="rv-hit"
            x={L.left}
            y={L.online.top}
            width={L.right - L.left}
            height={L.axisY - L.online.top}
            onMouseMove={onMove}
            onMouseLeave={() => setHover(null)}
            onClick={onClick}
          />
        </svg>
      ) : null}
      {activeMark !== null && marks.placed[activeMark] ? (
        <div
          className="rv-mark-tip"
          data-testid="review-marker-card"
          role="status"
          style={{ left: Math.min(Math.max(0, marks.placed[activeMark].x0 * scaleToCss - 20), Math.max(0, width - 260)), top: (L.marks.top + (marks.placed[activeMark].row + 1) * 16 + 6) * scaleToCss }}
        >
          {markerText(marks.placed[activeMark].marker, nameOf, rt)}
        </div>
      ) : null}
      {point ? (
        <ChartTooltip
          point={point}
          partial={point.t === partialT}
          productName={point.productId ? (products.get(point.productId)?.name ?? point.productId) : null}
          role={point.productId ? (roleOf(point.productId) ?? null) : null}
          left={flip ? tipLeft - 14 - TIP_W : tipLeft + 14}
          top={(L.online.top + 6) * scaleToCss}
          flip={flip}
          lang={lang}
          rt={rt}
        />
      ) : null}
    </div>
  );
}
