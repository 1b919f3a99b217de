import type { Lang } from '../store/ui.slice';

/** Durations, timers, clock times and changes for the control room (numbers and money: shared/text/numberFormat). */

/** Seconds as 2分15秒 / 2m15s. */
export function fmtDuration(sec: number, lang: Lang = 'zh-CN'): string {
  if (!Number.isFinite(sec) || sec < 0) return '—';
  const s = Math.round(sec);
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (lang === 'en') return m ? `${m}m${String(r).padStart(2, '0')}s` : `${r}s`;
  return m ? `${m}分${String(r).padStart(2, '0')}秒` : `${r}秒`;
}

/** Milliseconds as a timer: 04:37, 1:02:09. Negative values are shown by the caller. */
export function fmtTimer(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(r).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Wall-clock time of an epoch: 20:15:07. */
export function fmtTime(epochMs: number, seconds = true): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return seconds ? `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` : `${p(d.getHours())}:${p(d.getMinutes())}`;
}

export interface Change {
  dir: 'up' | 'down' | 'flat';
  /** Relative change, e.g. 0.12 = +12 %; null when there is no base. */
  rel: number | null;
  /** Whether the move is good news for the room. */
  tone: 'good' | 'bad' | 'flat';
}

/** Change of `now` against `prev`; `upIsGood` says which direction is good news. */
export function change(now: number, prev: number | null | undefined, upIsGood = true): Change {
  if (prev === null || prev === undefined || !Number.isFinite(prev) || !Number.isFinite(now)) {
    return { dir: 'flat', rel: null, tone: 'flat' };
  }
  const diff = now - prev;
  const rel = prev !== 0 ? diff / Math.abs(prev) : null;
  if (Math.abs(diff) < 1e-9 || (rel !== null && Math.abs(rel) < 0.005)) return { dir: 'flat', rel: 0, tone: 'flat' };
  const dir = diff > 0 ? 'up' : 'down';
  return { dir, rel, tone: (dir === 'up') === upIsGood ? 'good' : 'bad' };
}
