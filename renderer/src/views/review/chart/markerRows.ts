import type { ReviewMarker } from '../../../../../shared/protocol/review';
import type { Scale } from './scales';

/** Width of a marker's icon, px (chart units). */
export const MARK_ICON_W = 16;
/** Most marker rows; markers beyond overlap in the last one. */
export const MAX_MARK_ROWS = 3;

export interface PlacedMarker {
  marker: ReviewMarker;
  /** Index in the report's marker list (a stable key). */
  index: number;
  row: number;
  x0: number;
  /** End of its bar (cues and 讲解 with an end), else the icon's right edge. */
  x1: number;
}

/**
 * Places markers on rows so icons and duration bars do not overlap (greedy, oldest first): slot
 * changes on the first row, cues and 讲解 on the next free one.
 */
export function placeMarkers(markers: readonly ReviewMarker[], x: Scale, until: number): { placed: PlacedMarker[]; rows: number } {
  const ends: number[] = [];
  const placed: PlacedMarker[] = [];
  const order = markers.map((m, index) => ({ m, index })).sort((a, b) => (a.m.kind === 'slot' ? 0 : 1) - (b.m.kind === 'slot' ? 0 : 1) || a.m.at - b.m.at);
  for (const { m, index } of order) {
    const x0 = x(m.at);
    const x1 = Math.max(x0 + MARK_ICON_W, m.kind === 'slot' ? 0 : x(m.endAt ?? until));
    let row = ends.findIndex((e) => e <= x0 - 2);
    if (row < 0) {
      if (ends.length < MAX_MARK_ROWS) row = ends.length;
      else row = ends.indexOf(Math.min(...ends));
    }
    ends[row] = Math.max(ends[row] ?? -Infinity, x1);
    placed.push({ marker: m, index, row, x0, x1 });
  }
  return { placed: placed.sort((a, b) => a.index - b.index), rows: ends.length };
}
