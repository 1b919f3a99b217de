import type { ReactNode } from 'react';

/**
 * Untrusted text with keywords marked. Output is React text nodes only (never HTML), so
 * viewer text cannot inject markup; the caller wraps it in <bdi>.
 */
export function Highlight({ text, words }: { text: string; words: readonly string[] }) {
  if (words.length === 0) return <>{text}</>;
  const lower = text.toLowerCase();
  const parts: ReactNode[] = [];
  let i = 0;
  let key = 0;
  while (i < text.length) {
    let best = -1;
    let bestLen = 0;
    for (const w of words) {
      if (!w) continue;
      const at = lower.indexOf(w.toLowerCase(), i);
      if (at >= 0 && (best < 0 || at < best || (at === best && w.length > bestLen))) {
        best = at;
        bestLen = w.length;
      }
    }
    if (best < 0) break;
    if (best > i) parts.push(text.slice(i, best));
    parts.push(<mark key={key++} className="kw">{text.slice(best, best + bestLen)}</mark>);
    i = best + bestLen;
  }
  if (i < text.length) parts.push(text.slice(i));
  return <>{parts}</>;
}
