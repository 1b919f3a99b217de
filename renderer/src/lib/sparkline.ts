/** Geometry of a small trend line: values → SVG polyline points and a closed area path. */
export interface SparkGeometry {
  line: string;
  area: string;
  lastX: number;
  lastY: number;
}

export function sparkGeometry(values: readonly number[], width: number, height: number, pad = 2): SparkGeometry | null {
  const vals = values.filter((v) => Number.isFinite(v));
  if (vals.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of vals) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min || Math.abs(max) || 1;
  const stepX = (width - pad * 2) / (vals.length - 1);
  const h = height - pad * 2;
  const pts = vals.map((v, i) => [pad + i * stepX, pad + h - ((v - min) / span) * h] as const);
  const line = pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const [lastX, lastY] = pts[pts.length - 1]!;
  const area = `M${pad},${height - pad} L${line.replace(/ /g, ' L')} L${lastX.toFixed(1)},${height - pad} Z`;
  return { line, area, lastX, lastY };
}

/** Running ratio of two per-minute series (e.g. cumulative orders ÷ cumulative entries). */
export function cumulativeRatio(num: readonly number[], den: readonly number[]): number[] {
  const out: number[] = [];
  let n = 0;
  let d = 0;
  for (let i = 0; i < num.length; i++) {
    n += num[i] ?? 0;
    d += den[i] ?? 0;
    out.push(d > 0 ? n / d : 0);
  }
  return out;
}
