import { useState } from 'react';
import { useT } from '../../i18n';
import { sourceLines } from '../../i18n/domain';
import { hubApi } from '../../services/hubHttp';
import { useLang } from '../../store/ui.slice';
import type { SourceHealth } from '../../../../shared/protocol/source';
import { sourceLevel } from './sourceLevel';
import { refusalText } from './sourceRefusal';

/** One source on the sources page: health, what is missing, start/stop, stall time, signing key (TikTok), remove. */
export function SourceRow({ source: s, now, onNote }: { source: SourceHealth; now: number; onNote: (note: string) => void }) {
  const t = useT();
  const lang = useLang();
  const [stall, setStall] = useState(String(s.stallSec ?? ''));
  const [key, setKey] = useState('');
  const [head, detail] = sourceLines(lang, s, now);
  const running = s.state !== 'stopped' && s.state !== 'failed';
  const name = s.label ?? s.id;

  const run = async (call: () => Promise<unknown>, done?: string) => {
    try {
      await call();
      if (done) onNote(done);
    } catch (err) {
      onNote(refusalText(t, err));
    }
  };
  const toggle = () => run(() => hubApi('controlSource', { params: { id: s.id, action: running ? 'stop' : 'start' } }));
  const save = () => run(() => hubApi('updateSource', {
    params: { id: s.id }, body: { ...(stall ? { stallSec: Number(stall) } : {}), ...(key.trim() ? { signKey: key.trim() } : {}) },
  }), t('sources.saved'));
  const remove = () => { if (window.confirm(t('sources.removeConfirm', { name }))) void run(() => hubApi('removeSource', { params: { id: s.id } })); };
  const hint = s.error === 'not_installed' || s.error === 'needs_key' ? t(`sources.hint.${s.error}`) : null;

  return (
    <li data-testid={`source-${s.id}`} data-state={s.state} data-level={sourceLevel([s])} className={`source-row lvl-${sourceLevel([s])}`}>
      <div className="source-head">
        <span className="sb-dot" />
        <span>{head}</span>
        {s.label ? <code className="source-label">{s.label}</code> : null}
      </div>
      <div className="muted num">{detail}</div>
      {hint ? <div className="source-hint" role="note" data-testid="source-hint">{hint}</div> : null}
      <div className="source-actions">
        <button className="sm" onClick={() => void toggle()} data-testid="source-toggle">{t(running ? 'sources.stop' : 'sources.start')}</button>
        <label>{t('sources.stallSec')}{' '}
          <input type="number" min={3} max={3600} value={stall} onChange={(e) => setStall(e.target.value)} className="num stall-input" data-testid="source-stall" />
        </label>
        {s.kind === 'tiktok' && s.removable ? (
          <input type="password" value={key} onChange={(e) => setKey(e.target.value)} placeholder={t('sources.add.signKey')} maxLength={300} autoComplete="off" />
        ) : null}
        <button className="sm" onClick={() => void save()} data-testid="source-save">{t('sources.save')}</button>
        {s.removable ? <button className="sm danger" onClick={remove} data-testid="source-remove">{t('sources.remove')}</button> : null}
      </div>
    </li>
  );
}
