import { useState } from 'react';
import { recordingWords } from '../i18n/domain';
import { useStorageHealth } from '../store/storage.slice';
import { useLang } from '../store/ui.slice';

/**
 * The session recording's losses in the status bar (amber): nothing while the recording misses no
 * event; "录制丢弃 N 条" when its bounded buffer was full or the file failed. Why, and that the room
 * and the journal are unaffected, on hover or tap.
 */
export function RecordingStatus() {
  const lang = useLang();
  const h = useStorageHealth();
  const [open, setOpen] = useState(false);
  const words = h ? recordingWords(lang, h) : null;
  if (!h || !words) return null;
  return (
    <button
      type="button" className="ghost sm sb-storage sb-storage-amber" data-testid="recording-status" data-dropped={h.recordingDropped}
      title={words.lines.join('\n')} aria-expanded={open} onClick={() => setOpen((o) => !o)}
    >
      <span className="sb-dot" />
      <span>{words.short}</span>
      {open ? (
        <span className="sb-pop" data-testid="recording-status-detail" role="status">
          {words.lines.map((l, i) => <span key={i} className={i ? 'muted' : ''}>{l}</span>)}
        </span>
      ) : null}
    </button>
  );
}
