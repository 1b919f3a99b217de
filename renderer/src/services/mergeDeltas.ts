import {
  DELTA_SECTION_KEYS,
  type CommentItem, type Delta, type DeltaSection, type DeltaSections, type SectionsWith, type SectionValue,
} from '../../../shared/protocol';
import { mergeSeries } from '../../../shared/domain/metrics/mergeSeries';

/** What one animation frame of deltas changes: comments appended in order, other sections last-wins. */
export interface MergedDeltas {
  /** Seq of the last delta of the frame. */
  seq: number;
  /** Replaced sections (no `comments`). */
  sections: Omit<DeltaSections, 'comments'>;
  comments: CommentItem[];
}

/** Merges one section of a delta into the frame gathered so far. */
type Merger<K extends DeltaSection> = (m: MergedDeltas, value: SectionValue<K>, d: Delta) => void;

const append: Merger<SectionsWith<'append'>> = (m, items) => { m.comments.push(...items); };

const replace = <K extends SectionsWith<'replace'>>(k: K): Merger<K> => (m, value) => {
  (m.sections as { [S in K]?: SectionValue<S> })[k] = value;
};

/** A tail merges into the series already gathered this frame; a whole series replaces it. */
const seriesTail: Merger<SectionsWith<'seriesTail'>> = (m, metrics, d) => {
  const base = d.seriesTail ? m.sections.metrics : undefined;
  m.sections.metrics = base ? { ...metrics, series: mergeSeries(base.series, metrics.series) } : metrics;
  const tail = d.seriesTail === true && (base === undefined || m.sections.seriesTail === true);
  if (tail) m.sections.seriesTail = true;
  else delete m.sections.seriesTail;
};

/** One merger per section, by its rule in the table (shared/protocol/room.ts DELTA_SECTIONS). */
export const SECTION_MERGERS = {
  comments: append,
  show: replace('show'),
  live: replace('live'),
  cues: replace('cues'),
  qa: replace('qa'),
  metrics: seriesTail,
  alerts: replace('alerts'),
  peers: replace('peers'),
  settings: replace('settings'),
  sources: replace('sources'),
  storage: replace('storage'),
  actions: replace('actions'),
} satisfies { [K in DeltaSection]: Merger<K> };

/** Merges in-order deltas (at least one) into one store update. */
export function mergeDeltas(deltas: readonly Delta[]): MergedDeltas {
  const m: MergedDeltas = { seq: deltas[deltas.length - 1]!.seq, sections: {}, comments: [] };
  for (const d of deltas) {
    for (const k of DELTA_SECTION_KEYS) {
      const value = d[k];
      if (value !== undefined) (SECTION_MERGERS[k] as Merger<typeof k>)(m, value as never, d);
    }
  }
  return m;
}
