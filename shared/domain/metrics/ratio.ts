/** a ÷ b, with 0 when b is 0 (every ratio of docs/metrics.md divides this way). */
export function div(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
