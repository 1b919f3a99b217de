/** One figure of one scenario, ours beside the naive baseline. */
export interface Row {
  scenario: string;
  figure: string;
  unit: string;
  ours: number | null;
  baseline: number | null;
  /** Which way is better; decides the ratio's direction. */
  better: 'lower' | 'higher';
  /** Human-readable target from DESIGN §5, or null for informative figures. */
  target: string | null;
  /** Whether `ours` meets the target (null when there is no target or no value). */
  met: boolean | null;
  note?: string;
}

/** How many times better ours is than the baseline (> 1 = ours better); null when undefined. */
export function ratio(row: Pick<Row, 'ours' | 'baseline' | 'better'>): number | null {
  const { ours, baseline } = row;
  if (ours === null || baseline === null || !Number.isFinite(ours) || !Number.isFinite(baseline)) return null;
  if (ours === baseline) return 1;
  // A ratio of non-positive figures (a shrinking heap, zero long tasks) means nothing.
  if (ours <= 0 || baseline <= 0) return null;
  return row.better === 'lower' ? baseline / ours : ours / baseline;
}

/** Build a row; `check` decides `met` from ours when both it and a value exist. */
export function row(r: Omit<Row, 'met'> & { check?: (ours: number) => boolean }): Row {
  const { check, ...rest } = r;
  const met = check && rest.ours !== null && Number.isFinite(rest.ours) ? check(rest.ours) : null;
  return { ...rest, met };
}

const fmt = (v: number | null, unit: string): string => {
  if (v === null || !Number.isFinite(v)) return '—';
  const abs = Math.abs(v);
  const s = Number.isInteger(v) || abs >= 1000 ? Math.round(v).toLocaleString('en-US') : abs >= 10 ? v.toFixed(1) : v.toFixed(2);
  return unit ? `${s} ${unit}` : s;
};

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The results as a Markdown table. */
export function toMarkdown(rows: readonly Row[]): string {
  const head = '| scenario | figure | ours | baseline | ratio | target | met? |\n|---|---|---:|---:|---:|---|:---:|';
  const lines = rows.map((r) => {
    const q = ratio(r);
    const met = r.met === null ? '—' : r.met ? 'yes' : '**no**';
    const figure = r.note ? `${r.figure} (${r.note})` : r.figure;
    return `| ${cell(r.scenario)} | ${cell(figure)} | ${fmt(r.ours, r.unit)} | ${fmt(r.baseline, r.unit)} | ${q === null ? '—' : `${q.toFixed(2)}×`} | ${cell(r.target ?? '—')} | ${met} |`;
  });
  return [head, ...lines].join('\n');
}
