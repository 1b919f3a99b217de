/** Small statistics helpers for the benchmarks: nearest-rank percentiles, integer-ms histograms. */

/** Nearest-rank percentile of an unsorted sample (`p` in 0..100); NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function mean(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Weighted histogram of non-negative integer milliseconds (latencies), cheap for millions of samples. */
export class MsHistogram {
  private counts = new Map<number, number>();
  total = 0;

  add(ms: number, weight = 1): void {
    const k = Math.max(0, Math.round(ms));
    this.counts.set(k, (this.counts.get(k) ?? 0) + weight);
    this.total += weight;
  }

  merge(other: MsHistogram): void {
    for (const [k, c] of other.counts) this.add(k, c);
  }

  percentile(p: number): number {
    if (!this.total) return Number.NaN;
    const want = Math.max(1, Math.ceil((p / 100) * this.total));
    let seen = 0;
    for (const k of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(k)!;
      if (seen >= want) return k;
    }
    return Number.NaN;
  }

  max(): number {
    return this.total ? Math.max(...this.counts.keys()) : Number.NaN;
  }
}

/** Bytes → MiB, one decimal. */
export const mib = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

export const round = (v: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};
