import type { MetricsSnapshot } from '../../../shared/protocol/metrics';
import { DELTA_SECTION_KEYS, DELTA_SECTIONS, type DeltaSection, type DeltaSections, type SectionValue } from '../../../shared/protocol/room';
import { SERIES_TAIL_POINTS } from '../../../shared/domain/metrics/mergeSeries';

/** Writes one delta section: what changed, for a delta; the whole of it, for a snapshot. */
export interface SectionWriter<K extends DeltaSection> {
  delta: () => SectionValue<K>;
  full: (now: number) => SectionValue<K>;
}

/** One writer per section of the table (shared/protocol/room.ts DELTA_SECTIONS). */
export type SectionWriters = { [K in DeltaSection]: SectionWriter<K> };

/** A section sent whole in deltas and snapshots alike. */
export const whole = <K extends DeltaSection>(read: () => SectionValue<K>): SectionWriter<K> => ({ delta: read, full: read });

/** A section the room only holds for others, sent whole: set from outside (`changed` marks it dirty). */
export interface HeldSection<K extends DeltaSection> extends SectionWriter<K> {
  set(value: SectionValue<K>): void;
}

/** The `sources` section: the source manager sets the health list (electron/hub/sources/manager.ts). */
export function held<K extends DeltaSection>(initial: SectionValue<K>, changed: () => void): HeldSection<K> {
  let value = initial;
  const read = () => value;
  return { delta: read, full: read, set(v) { value = v; changed(); } };
}

/** The per-minute series only changes at its end: a delta sends the newest minutes, not 6 hours of them. */
export const seriesTail = (m: MetricsSnapshot): MetricsSnapshot => ({ ...m, series: m.series.slice(-SERIES_TAIL_POINTS) });

/** The sections of a delta: the dirty ones, in table order (`seriesTail` set for series-tail sections). */
export function deltaSections(writers: SectionWriters, dirty: ReadonlySet<DeltaSection>): DeltaSections {
  const sections: Record<string, unknown> = {};
  for (const k of DELTA_SECTION_KEYS) {
    if (!dirty.has(k)) continue;
    sections[k] = writers[k].delta();
    if (DELTA_SECTIONS[k] === 'seriesTail') sections.seriesTail = true;
  }
  return sections as DeltaSections;
}

/** Every section whole (the body of a snapshot). */
export function fullSections(writers: SectionWriters, now: number): { [K in DeltaSection]: SectionValue<K> } {
  return Object.fromEntries(DELTA_SECTION_KEYS.map((k) => [k, writers[k].full(now)])) as { [K in DeltaSection]: SectionValue<K> };
}
