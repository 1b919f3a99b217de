import type { Lang } from '../store/ui.slice';

/** Number formatting for the control room: tabular figures, fen → ¥, 万/亿 for big Chinese figures. */
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
/** Fixed decimals without trailing zeros: 1.20 → "1.2", 3.00 → "3"; whole numbers keep theirs (100 stays "100"). */
const trimmed = (n: number, digits: number) => {
  const s = n.toFixed(digits);
  return digits > 0 ? s.replace(/\.?0+$/, '') : s;
};
/** Rounds without producing "-0". */
const roundInt = (n: number) => Math.round(n) || 0;

function compactZh(n: number): string | null {
  const a = Math.abs(n);
  if (a >= 1e8) return `${trimmed(n / 1e8, a >= 1e10 ? 0 : 2)}亿`;
  if (a >= 1e4) return `${trimmed(n / 1e4, a >= 1e6 ? 0 : a >= 1e5 ? 1 : 2)}万`;
  return null;
}

function compactEn(n: number): string | null {
  const a = Math.abs(n);
  if (a >= 1e9) return `${trimmed(n / 1e9, 2)}B`;
  if (a >= 1e6) return `${trimmed(n / 1e6, 2)}M`;
  if (a >= 1e5) return `${trimmed(n / 1e3, 0)}K`;
  return null;
}

/** Integer count: 12,345 — or 1.23万 when compact. */
export function fmtInt(n: number, compact = false, lang: Lang = 'zh-CN'): string {
  if (!Number.isFinite(n)) return '—';
  const r = roundInt(n);
  if (compact) {
    const c = lang === 'en' ? compactEn(r) : compactZh(r);
    if (c) return c;
  }
  return grouped.format(r);
}

/** Money from fen: ¥12,345 (whole yuan), ¥1.23万 when compact and ≥ 1万; a loss shows as -¥12,345. */
export function fmtMoney(fen: number, compact = false, lang: Lang = 'zh-CN'): string {
  if (!Number.isFinite(fen)) return '—';
  const yuan = Math.abs(fen) / 100;
  const sign = fen < 0 && roundInt(yuan) !== 0 ? '-' : '';
  if (compact) {
    const c = lang === 'en' ? compactEn(yuan) : compactZh(yuan);
    if (c) return `${sign}¥${c}`;
  }
  return `${sign}¥${grouped.format(roundInt(yuan))}`;
}

/** A price from fen, keeping cents when there are any: ¥59.9, ¥129. */
export function fmtPrice(fen: number): string {
  if (!Number.isFinite(fen)) return '—';
  const yuan = fen / 100;
  return Number.isInteger(yuan) ? `¥${grouped.format(yuan)}` : `¥${trimmed(yuan, 2)}`;
}

/** Ratio 0..1 as a percentage. */
export function fmtPct(ratio: number, digits = 1): string {
  if (!Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(digits)}%`;
}

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
