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

/** One stretch of consecutive busy samples (anything but `(idle)`) on the profiled thread. */
export interface BusyStretch {
  /** Start and length, ms from the profile's start. */
  atMs: number;
  ms: number;
  /** Samples in it, and the longest gap between two: one long gap is the thread (or the profiler) not scheduled, not work. */
  samples: number;
  longestSampleMs: number;
  /** Top functions by self time inside the stretch. */
  self: { fn: string; ms: number }[];
  /** Top functions by inclusive time inside the stretch, skipping the loop's own frames. */
  inclusive: { fn: string; ms: number }[];
}

const frameKey = (cf: { functionName: string; url: string; lineNumber: number }) =>
  `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*\//, '')}:${cf.lineNumber + 1}`;
/** Frames every busy stretch sits under (the loop, timers, emitters): not an answer to "what is it". */
const GENERIC = /^(\(root\)|\(program\)|processTicksAndRejections|listOnTimeout|processTimers|emit|emitOne|runMicrotasks|processImmediate|(anonymous)) /;

/**
 * Where a thread's event loop was held: every run of consecutive non-idle samples longer than
 * `minMs`, with what ran in it (self and inclusive time). `(program)` (native work: I/O writes,
 * copies) and `(garbage collector)` count as busy.
 */
export function busyStretches(p: CpuProfile & { nodes: { id: number; children?: number[] }[] }, minMs = 30, top = 6): BusyStretch[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: BusyStretch[] = [];
  let t = 0;
  let start = -1;
  let busy: { id: number; ms: number }[] = [];
  const close = () => {
    const ms = busy.reduce((a, s) => a + s.ms, 0);
    if (start >= 0 && ms >= minMs) {
      const self = new Map<string, number>();
      const incl = new Map<string, number>();
      for (const s of busy) {
        const key = frameKey(byId.get(s.id)!.callFrame);
        self.set(key, (self.get(key) ?? 0) + s.ms);
        const seen = new Set<string>();
        for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
          const k = frameKey(byId.get(id)!.callFrame);
          if (seen.has(k) || GENERIC.test(k)) continue;
          seen.add(k);
          incl.set(k, (incl.get(k) ?? 0) + s.ms);
        }
      }
      const topOf = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, v]) => ({ fn, ms: Math.round(v * 10) / 10 }));
      const longest = Math.max(...busy.map((b) => b.ms));
      out.push({ atMs: Math.round(start), ms: Math.round(ms * 10) / 10, samples: busy.length, longestSampleMs: Math.round(longest * 10) / 10, self: topOf(self), inclusive: topOf(incl) });
    }
    start = -1;
    busy = [];
  };
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const fn = byId.get(p.samples[i]!)?.callFrame.functionName;
    if (fn === '(idle)') { close(); continue; }
    if (start < 0) start = t;
    busy.push({ id: p.samples[i]!, ms: dt });
  }
  close();
  return out;
}
