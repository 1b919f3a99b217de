import type { ReviewMarker } from '../../../../../shared/protocol/review';
import { fmtTime } from '../../../lib/format';
import { rtOf, type RtFn } from '../../../i18n/review';
import type { ChartLayout } from './layout';
import { MARK_ROW_H } from './layout';
import { MARK_ICON_W, type PlacedMarker } from './markerRows';

interface Props {
  placed: readonly PlacedMarker[];
  layout: ChartLayout;
  active: number | null;
  onActive: (index: number | null) => void;
  nameOf: (productId: string) => string;
  rt: RtFn;
}

/** What a marker is and when, in words (its SVG title and the tap card). */
export function markerText(m: ReviewMarker, nameOf: (id: string) => string, rt: RtFn): string {
  const what = rtOf(rt, 'mk', m.kind);
  const product = m.productId ? ` · ${nameOf(m.productId)}` : '';
  const when = m.kind === 'slot' ? fmtTime(m.at) : m.endAt === null ? `${fmtTime(m.at)} · ${rt('mk.open')}` : rt('mk.until', { from: fmtTime(m.at), to: fmtTime(m.endAt) });
  const origin = m.origin === 'console' ? rt('mk.console') : m.origin === 'platform' ? rt('mk.platform') : rt('mk.slotOrigin');
  const note = m.note ? ` · “${m.note}”` : '';
  return `${what}${product}\n${when} · ${origin}${note}`;
}

/**
 * Marker rows under the slot lane: an icon per cue, 讲解 and slot change (its kind's glyph and
 * colour), a bar for as long as a cue or 讲解 ran, and a faint line down through the panes.
 * Hover or tap shows what and when (the card is drawn by the chart).
 */
export function MarkerLane({ placed, layout, active, onActive, nameOf, rt }: Props) {
  const { marks, online, axisY } = layout;
  return (
    <g className="rv-marks" data-testid="review-markers" data-count={placed.length}>
      {placed.map(({ marker: m, index, row, x0, x1 }) => {
        const y = marks.top + row * MARK_ROW_H;
        const mid = y + MARK_ROW_H / 2 - 1;
        const on = active === index;
        return (
          <g
            key={index}
            className={`rv-mark mk-${m.kind}${on ? ' is-active' : ''}`}
            data-testid="review-marker"
            data-kind={m.kind}
            data-at={m.at}
            data-origin={m.origin}
            onMouseEnter={() => onActive(index)}
            onMouseLeave={() => onActive(null)}
            onClick={(e) => { e.stopPropagation(); onActive(on ? null : index); }}
          >
            <title>{markerText(m, nameOf, rt)}</title>
            {m.kind !== 'slot' ? <line className="rv-mark-line" x1={x0 + 0.5} x2={x0 + 0.5} y1={online.top} y2={axisY} /> : null}
            {m.kind !== 'slot' && x1 > x0 + MARK_ICON_W ? <rect className="rv-mark-bar" x={x0} y={mid - 2} width={x1 - x0} height={4} rx={2} /> : null}
            <rect className="rv-mark-icon" x={x0} y={y + 1} width={MARK_ICON_W - 2} height={MARK_ROW_H - 3} rx={3} />
            <text className="rv-mark-glyph" x={x0 + (MARK_ICON_W - 2) / 2} y={y + MARK_ROW_H / 2 + 3.5}>{rtOf(rt, 'mk.glyph', m.kind)}</text>
          </g>
        );
      })}
    </g>
  );
}
