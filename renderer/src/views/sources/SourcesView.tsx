import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useServerNow } from '../../lib/useServerNow';
import { copyText } from '../../services/clipboard';
import { hubApi } from '../../services/hubHttp';
import { useSourcesStore } from '../../store/sources.slice';
import { AddSourceForm } from './AddSourceForm';
import { LinksPanel } from './LinksPanel';
import { SourceRow } from './SourceRow';
import './sources.css';
import { KillSwitch } from './KillSwitch';
import { DouyinConsoleOpen } from './DouyinConsoleOpen';

/** The producer's sources page (#/sources): every source with its health and settings, adding sources, the ingest URL, tokens & links. */
export default function SourcesView() {
  const t = useT();
  const now = useServerNow(1000);
  const sources = useSourcesStore((s) => s.sources);
  const [ingestUrl, setIngestUrl] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [rotations, setRotations] = useState(0);

  useEffect(() => {
    const ctl = new AbortController();
    hubApi('listSources', { signal: ctl.signal }).then((r) => setIngestUrl(r.ingestUrl), () => undefined);
    return () => ctl.abort();
  }, [sources.length, rotations]);

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
      <AddSourceForm onNote={setNote} />
      {note ? <div className="muted" role="status" data-testid="sources-note">{note}</div> : null}
      {sources.length === 0 ? <div className="muted">{t('sources.none')}</div> : null}
      <ul className="sources-list">
        {sources.map((s) => <SourceRow key={s.id} source={s} now={now} onNote={setNote} />)}
      </ul>
      <LinksPanel onRotated={() => setRotations((n) => n + 1)} />
    </section>
  );
}
