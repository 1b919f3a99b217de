import type { MinutePoint } from '../../../../../shared/protocol/metrics';
import type { ReviewReport } from '../../../../../shared/protocol/review';

/** Pure geometry of the per-minute chart: scales, ticks, paths, label fitting. */

export const MINUTE_MS = 60_000;

export interface Scale {
  (v: number): number;
  invert(px: number): number;
}

export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const s = ((v: number) => r0 + (v - d0) * k) as Scale;
  s.invert = (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k);
  return s;
}

/** Time span the chart shows: from the first minute (or slot) to the end of the last one. */
export function timeDomain(r: ReviewReport): [number, number] {
  const first = r.series[0]?.t ?? Math.floor(r.startedAt / MINUTE_MS) * MINUTE_MS;
  const lastPoint = r.series.at(-1);
  let t0 = Math.min(first, r.runs[0]?.startedAt ?? first);
  let t1 = Math.max(lastPoint ? lastPoint.t + MINUTE_MS : t0 + MINUTE_MS, r.endedAt ?? r.generatedAt);
  for (const run of r.runs) t1 = Math.max(t1, run.endedAt ?? r.generatedAt);
  t0 = Math.floor(t0 / MINUTE_MS) * MINUTE_MS;
  t1 = Math.ceil(t1 / MINUTE_MS) * MINUTE_MS;
  // Never narrower than five minutes, so the first minutes of a show do not fill the width.
  return [t0, Math.max(t1, t0 + 5 * MINUTE_MS)];
}

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^k) ≥ v / ticks, times ticks: a round axis top. */
export function niceMax(v: number, ticks = 3): number {
  if (!(v > 0)) return ticks;
  const raw = v / ticks;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  return step * ticks;
}

export function valueTicks(max: number, ticks = 3): number[] {
  return Array.from({ length: ticks + 1 }, (_, i) => (max * i) / ticks);
}

const STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180];

export interface TimeTick {
  t: number;
  /** On the hour: drawn brighter, labelled bolder. */
  major: boolean;
}

/** Wall-clock ticks at a step that keeps labels at least `minGapPx` apart. */
export function timeTicks(t0: number, t1: number, widthPx: number, minGapPx = 68): TimeTick[] {
  const spanMin = (t1 - t0) / MINUTE_MS;
  if (spanMin <= 0 || widthPx <= 0) return [];
  const step = STEPS_MIN.find((s) => (widthPx / spanMin) * s >= minGapPx) ?? 240;
  const out: TimeTick[] = [];
  let t = Math.ceil(t0 / MINUTE_MS) * MINUTE_MS;
  // Walk to the first minute on the step (local wall clock), then jump by the step.
  for (let guard = 0; guard < step && !onStep(t, step); guard++) t += MINUTE_MS;
  for (; t <= t1; t += step * MINUTE_MS) out.push({ t, major: new Date(t).getMinutes() === 0 });
  return out;
}

function onStep(t: number, stepMin: number): boolean {
  const d = new Date(t);
  const minuteOfDay = d.getHours() * 60 + d.getMinutes();
  return minuteOfDay % stepMin === 0;
}

/** End of a minute, or `until` when the minute is still running. */
const minuteEnd = (p: MinutePoint, until: number) => Math.max(p.t + 1000, Math.min(p.t + MINUTE_MS, until));

/** One SVG path of all bars (one per minute, cut at `until`); a zero value draws nothing. */
export function barsPath(points: readonly MinutePoint[], value: (p: MinutePoint) => number, x: Scale, y: Scale, until: number, keep?: (p: MinutePoint) => boolean): string {
  const base = y(0);
  let d = '';
  for (const p of points) {
    const v = value(p);
    if (!(v > 0) || (keep && !keep(p))) continue;
    const xa = x(p.t);
    const xb = x(minuteEnd(p, until));
    const w = xb - xa;
    const gap = w >= 4 ? Math.min(2, w * 0.2) : w >= 2 ? 0.5 : 0;
    const top = Math.min(y(v), base - 1);
    d += `M${(xa + gap / 2).toFixed(1)} ${base.toFixed(1)}V${top.toFixed(1)}H${(xb - gap / 2).toFixed(1)}V${base.toFixed(1)}Z`;
  }
  return d;
}

/** Where a minute's value is drawn: the middle of the part of it that has happened. */
export function minuteMid(p: MinutePoint, until: number): number {
  return (p.t + minuteEnd(p, until)) / 2;
}

/** A line through each minute's middle (a running minute: the middle of its elapsed part), and the area under it. */
export function linePaths(points: readonly MinutePoint[], value: (p: MinutePoint) => number, x: Scale, y: Scale, until: number): { line: string; area: string } {
  if (!points.length) return { line: '', area: '' };
  const pts = points.map((p) => [x(minuteMid(p, until)), y(value(p))] as const);
  if (pts.length === 1) {
    // A single minute: a short flat segment across it, so there is something to see.
    const [cx, cy] = pts[0]!;
    const half = Math.max(3, (x(minuteEnd(points[0]!, until)) - x(points[0]!.t)) / 2);
    const line = `M${(cx - half).toFixed(1)} ${cy.toFixed(1)}H${(cx + half).toFixed(1)}`;
    return { line, area: `${line}V${y(0).toFixed(1)}H${(cx - half).toFixed(1)}Z` };
  }
  const line = pts.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`).join('');
  const base = y(0).toFixed(1);
  const area = `${line}L${pts.at(-1)![0].toFixed(1)} ${base}L${pts[0]![0].toFixed(1)} ${base}Z`;
  return { line, area };
}

/** Index of the minute that contains `t` (or the nearest one), −1 when there are none. */
export function minuteIndexAt(points: readonly MinutePoint[], t: number): number {
  if (!points.length) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (points[mid]!.t <= t) lo = mid;
    else hi = mid - 1;
  }
  const p = points[lo]!;
  if (t >= p.t + MINUTE_MS && lo + 1 < points.length) {
    const next = points[lo + 1]!;
    return t - (p.t + MINUTE_MS) < next.t - t ? lo : lo + 1;
  }
  return lo;
}

/** Approximate width of text in px: CJK and full-width characters ≈ 1 em, others ≈ 0.6 em. */
export function textWidth(text: string, fontPx: number): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u206f]/.test(ch) ? fontPx : fontPx * 0.6;
  return w;
}

/** The longest prefix of `text` that fits `widthPx` (with "…" when cut); '' when not even two characters fit. */
export function fitLabel(text: string, widthPx: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= widthPx) return text;
  const chars = [...text];
  let out = '';
  for (const ch of chars) {
    if (textWidth(`${out}${ch}…`, fontPx) > widthPx) break;
    out += ch;
  }
  return [...out].length >= 2 ? `${out}…` : '';
}
