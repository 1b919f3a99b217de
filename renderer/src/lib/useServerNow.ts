import { useSyncExternalStore } from 'react';
import { serverNow } from '../services/clock';

/** Hub time, re-rendering every `periodMs` (one shared interval per period). */
const tickers = new Map<number, { listeners: Set<() => void>; timer: ReturnType<typeof setInterval> | null; now: number }>();

function ticker(periodMs: number) {
  let t = tickers.get(periodMs);
  if (!t) {
    t = { listeners: new Set(), timer: null, now: serverNow() };
    tickers.set(periodMs, t);
  } else if (!t.timer) t.now = serverNow();
  return t;
}

export function useServerNow(periodMs = 250): number {
  const t = ticker(periodMs);
  return useSyncExternalStore(
    (cb) => {
      t.listeners.add(cb);
      if (!t.timer) {
        t.timer = setInterval(() => {
          t.now = serverNow();
          for (const l of t.listeners) l();
        }, periodMs);
      }
      return () => {
        t.listeners.delete(cb);
        if (t.listeners.size === 0 && t.timer) {
          clearInterval(t.timer);
          t.timer = null;
        }
      };
    },
    () => t.now,
  );
}
