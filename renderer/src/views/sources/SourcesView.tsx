import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { sourceLines } from '../../i18n/domain';
import { useServerNow } from '../../lib/useServerNow';
import { copyText } from '../../services/clipboard';
import { ApiError, hubApi } from '../../services/hubHttp';
import { useSourcesStore } from '../../store/sources.slice';
import { useLang } from '../../store/ui.slice';
import { sourceLevel } from './sourceLevel';
import { KillSwitch } from './KillSwitch';
import { DouyinConsoleOpen } from './DouyinConsoleOpen';

/** The producer's sources page (#/sources): every source with its health, start/stop, and the ingest URL to copy. */
export default function SourcesView() {
  const t = useT();
  const lang = useLang();
  const now = useServerNow(1000);
  const sources = useSourcesStore((s) => s.sources);
  const [ingestUrl, setIngestUrl] = useState('');
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    hubApi('listSources', { signal: ctl.signal }).then((r) => setIngestUrl(r.ingestUrl), () => undefined);
    return () => ctl.abort();
  }, []);

  const act = async (id: string, action: 'start' | 'stop') => {
    try {
      await hubApi('controlSource', { params: { id, action } });
      setNote(null);
    } catch (err) {
      setNote(t('sources.failed', { code: err instanceof ApiError ? err.code : 'network' }));
    }
  };
  const copy = async () => { if (await copyText(ingestUrl)) setNote(t('sources.copied')); };

  return (
    <section className="sources-view" data-testid="sources-view">
      <h2>{t('sources.title')}</h2>
      <KillSwitch />
      <DouyinConsoleOpen />
      <div className="sources-ingest">
        <div className="muted">{t('sources.ingestUrl')}</div>
        <code data-testid="ingest-url">{ingestUrl}</code>
        <button className="sm" onClick={() => void copy()} disabled={!ingestUrl}>{t('sources.copy')}</button>
      </div>
      {note ? <div className="muted" role="status">{note}</div> : null}
      {sources.length === 0 ? <div className="muted">{t('sources.none')}</div> : null}
      <ul className="sources-list">
        {sources.map((s) => {
          const [head, detail] = sourceLines(lang, s, now);
          const running = s.state !== 'stopped' && s.state !== 'failed';
          return (
            <li key={s.id} data-testid={`source-${s.id}`} data-state={s.state} data-level={sourceLevel([s])}>
              <div>{head}</div>
              <div className="muted num">{detail}</div>
              <button className="sm" onClick={() => void act(s.id, running ? 'stop' : 'start')}>
                {t(running ? 'sources.stop' : 'sources.start')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
