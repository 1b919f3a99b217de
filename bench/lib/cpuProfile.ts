/** Minimal reader for V8 .cpuprofile data (Profiler.stop / --cpu-prof): self time per function. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Top functions by self time (ms) among samples taken in [fromUs, toUs) of the profile clock. */
export function selfTime(p: CpuProfile, fromUs = -Infinity, toUs = Infinity, top = 8): { fn: string; ms: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    if (t < fromUs || t >= toUs) continue;
    const cf = byId.get(p.samples[i]!)?.callFrame;
    if (!cf || cf.functionName === '(idle)') continue;
    const key = `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*\//, '')}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms: Math.round(ms * 10) / 10 }));
}
