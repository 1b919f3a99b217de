import { useState } from 'react';
import { storageWords } from '../i18n/domain';
import { useStorageHealth } from '../store/storage.slice';
import { useLang } from '../store/ui.slice';

/**
 * The journal's health in the status bar: nothing while the room is written to disk; loud (red)
 * when the disk is full or writes fail, amber without a journal, quiet when only damage was found
 * on restore. A few words on the badge; what it means and what to do on hover or tap.
 */
export function StorageStatus() {
  const lang = useLang();
  const h = useStorageHealth();
  const [open, setOpen] = useState(false);
  if (!h) return null;
  const { short, lines } = storageWords(lang, h);
  if (short === null) return null;
  const level = h.journal === 'disk-full' || h.journal === 'failing' ? 'red' : h.journal === 'off' ? 'amber' : 'info';
  return (
    <button
      type="button" className={`ghost sm sb-storage sb-storage-${level}`} data-testid="storage-status" data-state={h.journal}
      title={lines.join('\n')} aria-expanded={open} onClick={() => setOpen((o) => !o)}
    >
      <span className="sb-dot" />
      <span>{short}</span>
      {open ? (
        <span className="sb-pop" data-testid="storage-status-detail" role="status">
          {lines.map((l, i) => <span key={i} className={i ? 'muted' : ''}>{l}</span>)}
        </span>
      ) : null}
    </button>
  );
}
