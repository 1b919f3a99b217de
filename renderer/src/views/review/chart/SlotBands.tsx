import type { ReviewReport } from '../../../../../shared/protocol/review';
import type { RtFn } from '../../../i18n/review';
import { fmtMinutes, shortName } from '../reviewFormat';
import type { ChartLayout } from './layout';
import { fitLabel, MINUTE_MS, type Scale } from './scales';

type Run = ReviewReport['runs'][number];

interface Props {
  /** Fill of the over-run part (a hatch pattern). */
  hatch: string;
  runs: readonly Run[];
  roleOf: (productId: string) => string | undefined;
  now: number;
  x: Scale;
  layout: ChartLayout;
  selected: string | null;
  onSelect: (productId: string) => void;
  rt: RtFn;
}

/** Tolerance before a slot counts as over or under its planned length. */
const SLACK_MS = 30_000;
const LABEL_PX = 11;

function runTitle(run: Run, actualMs: number, rt: RtFn): string {
  const planned = run.plannedMinutes * MINUTE_MS;
  const diff = actualMs - planned;
  const state = run.outcome === 'skipped' ? ` · ${rt('skipped')}` : '';
  const delta = Math.abs(diff) > SLACK_MS ? ` (${diff > 0 ? rt('chart.over') : rt('chart.under')} ${fmtMinutes(Math.abs(diff) / MINUTE_MS)})` : '';
  return `${run.name}${state}\n${rt('col.time')}: ${rt('min', { n: fmtMinutes(run.plannedMinutes) })} / ${rt('min', { n: fmtMinutes(actualMs / MINUTE_MS) })}${delta}`;
}

/**
 * The product slots as they aired: faint alternating bands through the panes, and a labelled lane
 * on top where each block is the actual length; the part past the planned end is hatched and a
 * thin tick marks where the plan said to stop.
 */
export function SlotBands({ hatch, runs, roleOf, now, x, layout, selected, onSelect, rt }: Props) {
  const { lane, online, axisY } = layout;
  const laneH = lane.bottom - lane.top;
  return (
    <g className="rv-slots">
      {runs.map((run, i) => {
        const end = run.endedAt ?? now;
        const x0 = Math.max(layout.left, x(run.startedAt));
        const x1 = Math.min(layout.right, x(end));
        if (x1 <= x0) return null;
        const plannedEnd = run.startedAt + run.plannedMinutes * MINUTE_MS;
        const px = x(plannedEnd);
        const over = end - plannedEnd > SLACK_MS;
        const under = plannedEnd - end > SLACK_MS;
        const isSel = selected === run.productId;
        const w = x1 - x0;
        const diffMin = (end - plannedEnd) / MINUTE_MS;
        const suffix = over || under ? `${diffMin > 0 ? '+' : '−'}${fmtMinutes(Math.abs(diffMin))}′` : '';
        const name = shortName(run.name);
        let label = fitLabel(suffix ? `${name} ${suffix}` : name, w - 8, LABEL_PX);
        if (!label || (suffix && !label.endsWith(suffix))) label = fitLabel(name, w - 8, LABEL_PX);
        const role = roleOf(run.productId) ?? 'none';
        const cls = `rv-band ${i % 2 ? 'rv-band-b' : 'rv-band-a'}${isSel ? ' is-selected' : ''}${run.outcome === 'skipped' ? ' is-skipped' : ''}`;
        return (
          <g
            key={`${run.slotId}-${run.startedAt}`}
            className={cls}
            data-testid="review-slot-band"
            data-slot-id={run.slotId}
            data-product-id={run.productId}
            onClick={() => onSelect(run.productId)}
          >
            <title>{runTitle(run, end - run.startedAt, rt)}</title>
            <rect className="rv-band-fill" x={x0} y={online.top} width={w} height={axisY - online.top} />
            <rect className={`rv-lane-block lane-${role}`} x={x0 + 0.5} y={lane.top} width={Math.max(1, w - 1)} height={laneH} rx={2} />
            {over && px > x0 && px < x1 ? (
              <rect className="rv-lane-over" fill={hatch} x={px} y={lane.top} width={x1 - px - 0.5} height={laneH} />
            ) : null}
            {label ? (
              <text className="rv-lane-label" x={x0 + 5} y={lane.top + laneH / 2 + 4}>
                {label}
              </text>
            ) : null}
            {(over || under) && px > layout.left && px < layout.right ? (
              <line className={`rv-planned ${over ? 'is-over' : 'is-under'}`} x1={px} x2={px} y1={lane.bottom - 7} y2={lane.bottom + 5} />
            ) : null}
          </g>
        );
      })}
    </g>
  );
}
