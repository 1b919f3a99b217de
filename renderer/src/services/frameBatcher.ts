/**
 * Collects items and hands them over once per animation frame, so a flood of deltas (500
 * comments/s) costs one store update per frame. A timeout backs up rAF in hidden tabs, where
 * frames stop.
 */
export interface FrameBatcher<T> {
  push(item: T): void;
  /** Drop what is queued (a snapshot replaced everything). */
  clear(): void;
  /** Hand over what is queued now. */
  flushNow(): void;
}

/** The timing primitives the batcher uses (the browser's by default; tests pass a fake). */
export interface FrameScheduler {
  requestFrame(cb: () => void): number;
  cancelFrame(handle: number): void;
  setTimer(cb: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const browserScheduler: FrameScheduler = {
  requestFrame: (cb) => requestAnimationFrame(() => cb()),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimer: (cb, ms) => setTimeout(cb, ms),
  clearTimer: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

export function createFrameBatcher<T>(flush: (items: T[]) => void, fallbackMs = 250, scheduler: FrameScheduler = browserScheduler): FrameBatcher<T> {
  let queue: T[] = [];
  let raf: number | null = null;
  let timer: unknown = null;

  const cancel = () => {
    if (raf !== null) scheduler.cancelFrame(raf);
    if (timer !== null) scheduler.clearTimer(timer);
    raf = null;
    timer = null;
  };
  const run = () => {
    cancel();
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    flush(items);
  };

  return {
    push(item) {
      queue.push(item);
      if (raf === null) raf = scheduler.requestFrame(run);
      if (timer === null) timer = scheduler.setTimer(run, fallbackMs);
    },
    clear() {
      cancel();
      queue = [];
    },
    flushNow: run,
  };
}
