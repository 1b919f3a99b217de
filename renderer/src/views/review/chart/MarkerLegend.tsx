import { MARKER_KINDS, type MarkerKind, type ReviewMarker } from '../../../../../shared/protocol/review';
import { rtOf, type RtFn } from '../../../i18n/review';

/** The marker kinds a report has, with their glyph and colour (the chart's legend). */
export function MarkerLegend({ markers, rt }: { markers: readonly ReviewMarker[]; rt: RtFn }) {
  const counts = new Map<MarkerKind, number>();
  for (const m of markers) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const kinds = MARKER_KINDS.filter((k) => counts.has(k));
  if (!kinds.length) return null;
  return (
    <span className="rv-legend rv-mark-legend" data-testid="review-marker-legend">
      {kinds.map((k) => (
        <span key={k} className={`mk-${k}`} title={`${rtOf(rt, 'mk', k)} × ${counts.get(k)}`}>
          <i className="rv-mark-swatch">{rtOf(rt, 'mk.glyph', k)}</i>{rtOf(rt, 'mk', k)}
        </span>
      ))}
    </span>
  );
}
