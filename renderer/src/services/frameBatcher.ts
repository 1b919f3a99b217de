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

export function createFrameBatcher<T>(flush: (items: T[]) => void, fallbackMs = 250): FrameBatcher<T> {
  let queue: T[] = [];
  let raf = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    if (raf) cancelAnimationFrame(raf);
    if (timer) clearTimeout(timer);
    raf = 0;
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
      if (!raf) raf = requestAnimationFrame(run);
      if (!timer) timer = setTimeout(run, fallbackMs);
    },
    clear() {
      cancel();
      queue = [];
    },
    flushNow: run,
  };
}
