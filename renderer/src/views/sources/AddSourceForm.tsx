import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { hubApi } from '../../services/hubHttp';
import type { NewSource } from '../../../../shared/protocol/source';
import type { RecordingInfo } from '../../../../shared/protocol/http';
import { refusalText } from './sourceRefusal';

type Kind = NewSource['kind'];

/** The producer adds a source: TikTok LIVE by @username (and an optional signing key), a recording to replay, or the ingest door. */
export function AddSourceForm({ onNote }: { onNote: (note: string) => void }) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('tiktok');
  const [uniqueId, setUniqueId] = useState('');
  const [signKey, setSignKey] = useState('');
  const [file, setFile] = useState('');
  const [stallSec, setStallSec] = useState('15');
  const [files, setFiles] = useState<RecordingInfo[]>([]);

  useEffect(() => {
    if (kind !== 'replay') return;
    const ctl = new AbortController();
    hubApi('listRecordings', { signal: ctl.signal }).then((r) => { setFiles(r.files); setFile((f) => f || (r.files[0]?.name ?? '')); }, () => undefined);
    return () => ctl.abort();
  }, [kind]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const stall = Number(stallSec);
    const common = Number.isInteger(stall) && stall > 0 ? { stallSec: stall } : {};
    const body: NewSource = kind === 'tiktok'
      ? { kind, uniqueId: uniqueId.trim(), ...(signKey.trim() ? { signKey: signKey.trim() } : {}), ...common }
      : kind === 'replay' ? { kind, file, ...common } : { kind, ...common };
    try {
      await hubApi('addSource', { body });
      setUniqueId('');
      setSignKey('');
      onNote(t('sources.added'));
    } catch (err) {
      onNote(refusalText(t, err));
    }
  };

  return (
    <form className="sources-add" data-testid="add-source" onSubmit={(e) => void submit(e)}>
      <b>{t('sources.add')}</b>
      <label>{t('sources.add.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="add-kind">
          <option value="tiktok">{t('sources.add.tiktok')}</option>
          <option value="replay">{t('sources.add.replay')}</option>
          <option value="ingest">{t('sources.add.ingest')}</option>
        </select>
      </label>
      {kind === 'tiktok' ? (
        <>
          <label>{t('sources.add.uniqueId')}{' '}
            <input type="text" value={uniqueId} onChange={(e) => setUniqueId(e.target.value)} placeholder="@username" maxLength={25} required data-testid="add-unique-id" />
          </label>
          <label>{t('sources.add.signKey')}{' '}
            <input type="password" value={signKey} onChange={(e) => setSignKey(e.target.value)} maxLength={300} autoComplete="off" data-testid="add-sign-key" />
          </label>
        </>
      ) : null}
      {kind === 'replay' ? (
        files.length ? (
          <label>{t('sources.add.file')}{' '}
            <select value={file} onChange={(e) => setFile(e.target.value)} data-testid="add-file">
              {files.map((f) => <option key={f.name} value={f.name}>{f.name}</option>)}
            </select>
          </label>
        ) : <span className="muted">{t('sources.add.noFiles')}</span>
      ) : null}
      <label>{t('sources.stallSec')}{' '}
        <input type="number" min={3} max={3600} value={stallSec} onChange={(e) => setStallSec(e.target.value)} className="num stall-input" data-testid="add-stall" />
      </label>
      <button type="submit" className="primary sm" disabled={kind === 'replay' && !file} data-testid="add-submit">{t('sources.add.submit')}</button>
    </form>
  );
}
