/** Injected before any page script: rAF intervals and long tasks, readable as window.__bench. */
export const PAGE_PROBE = `(() => {
  const b = { frames: [], longTasks: [], longTaskAt: [], reset() { b.frames = []; b.longTasks = []; b.longTaskAt = []; } };
  window.__bench = b;
  let last = 0;
  const loop = (t) => { if (last) b.frames.push(t - last); last = t; requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) { b.longTasks.push(e.duration); b.longTaskAt.push(e.startTime); } })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { b.noLongTask = String(e); }
})();`;

export interface PageProbeResult {
  frames: number[];
  longTasks: number[];
  /** performance.now() at each long task's start. */
  longTaskAt: number[];
  domNodes: number;
}

export const READ_PROBE = `(() => {
  const b = window.__bench;
  return { frames: b.frames, longTasks: b.longTasks, longTaskAt: b.longTaskAt, domNodes: document.getElementsByTagName('*').length };
})()`;
