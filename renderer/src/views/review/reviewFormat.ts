import type { Lang } from '../../store/ui.slice';
import { fmtTime } from '../../lib/format';

/** A length of time for the report header: 3小时05分 / 3h05m; 12分30秒 under an hour. */
export function fmtSpan(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const p = (n: number) => String(n).padStart(2, '0');
  if (lang === 'en') return h ? `${h}h${p(m)}m` : `${m}m${p(r)}s`;
  return h ? `${h}小时${p(m)}分` : `${m}分${p(r)}秒`;
}

/** Date and wall-clock time: 11月8日 20:00 / Nov 8 20:00. */
export function fmtDateTime(epochMs: number, lang: Lang): string {
  const d = new Date(epochMs);
  const day = lang === 'en'
    ? d.toLocaleDateString('en-US', { month: 'short', day: 'numeric' })
    : `${d.getMonth() + 1}月${d.getDate()}日`;
  return `${day} ${fmtTime(epochMs, false)}`;
}

/** Minutes with at most one decimal: 12, 12.5. */
export function fmtMinutes(min: number): string {
  if (!Number.isFinite(min)) return '—';
  return String(Math.round(min * 10) / 10);
}

/** The short product name a shop puts before the first space ("德绒圆领打底衫 秋冬内搭…" → "德绒圆领打底衫"). */
export function shortName(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? name;
  return first.length >= 2 ? first : name.trim();
}

/** A file-name-safe stamp of an epoch: 20241108-2000. */
export function fileStamp(epochMs: number): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}
