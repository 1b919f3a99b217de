import { useState } from 'react';
import { sourceLines, sourcesLabel } from '../../i18n/domain';
import { useServerNow } from '../../lib/useServerNow';
import { useSourcesStore } from '../../store/sources.slice';
import { useLang } from '../../store/ui.slice';
import { sourceLevel, type SourceLevel } from './sourceLevel';

/** The dot colours of the status bar's connection badge, reused for the sources badge. */
const DOT: Record<SourceLevel, string> = { green: 'connected', amber: 'reconnecting', red: 'offline', none: 'idle' };

/** Compact source health for the status bar: one dot (green / amber / red), the reasons on hover or tap. */
export function SourceStatus() {
  const lang = useLang();
  const sources = useSourcesStore((s) => s.sources);
  const now = useServerNow(1000);
  const [open, setOpen] = useState(false);
  const level = sourceLevel(sources);
  if (level === 'none') return null;
  const lines = sources.filter((s) => s.state !== 'stopped' || s.error === 'sim_blocked').map((s) => sourceLines(lang, s, now));
  const title = lines.map((l) => l.join('\n')).join('\n\n');
  return (
    <button
      type="button" className={`ghost sm sb-conn sb-conn-${DOT[level]}`} data-testid="source-status" data-level={level}
      title={title} aria-expanded={open} onClick={() => setOpen((o) => !o)}
    >
      <span className="sb-dot" />
      <span>{sourcesLabel(lang)}</span>
      {open ? <span className="muted" data-testid="source-status-reason">{lines.map((l) => l[0]).join(' | ')}</span> : null}
    </button>
  );
}
