import type { CommentItem, Delta, DeltaSections } from '../../../shared/protocol';
import { mergeSeries } from '../../../shared/domain/metrics/mergeSeries';

/** What one animation frame of deltas changes: comments appended in order, other sections last-wins. */
export interface MergedDeltas {
  /** Seq of the last delta of the frame. */
  seq: number;
  /** Replaced sections (no `comments`). */
  sections: Omit<DeltaSections, 'comments'>;
  comments: CommentItem[];
}

/** Merges in-order deltas (at least one) into one store update. */
export function mergeDeltas(deltas: readonly Delta[]): MergedDeltas {
  const sections: Omit<DeltaSections, 'comments'> = {};
  const comments: CommentItem[] = [];
  for (const d of deltas) {
    if (d.comments) comments.push(...d.comments);
    if (d.show) sections.show = d.show;
    if (d.live) sections.live = d.live;
    if (d.cues) sections.cues = d.cues;
    if (d.qa) sections.qa = d.qa;
    if (d.metrics) {
      // A tail merges into the series already gathered this frame; a whole series replaces it.
      const base = d.seriesTail ? sections.metrics : undefined;
      sections.metrics = base ? { ...d.metrics, series: mergeSeries(base.series, d.metrics.series) } : d.metrics;
      const tail = d.seriesTail === true && (base === undefined || sections.seriesTail === true);
      if (tail) sections.seriesTail = true;
      else delete sections.seriesTail;
    }
    if (d.alerts) sections.alerts = d.alerts;
    if (d.peers) sections.peers = d.peers;
    if (d.settings) sections.settings = d.settings;
  }
  return { seq: deltas[deltas.length - 1]!.seq, sections, comments };
}
