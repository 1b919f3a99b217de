import { storageWords } from '../i18n/domain';
import { useStorageHealth } from '../store/storage.slice';
import { useLang } from '../store/ui.slice';
import { StatusChip } from './StatusChip';

/**
 * The journal's health in the status bar: nothing while the room is written to disk; loud (red)
 * when the disk is full or writes fail, amber without a journal, quiet when only damage was found
 * on restore. A few words on the badge; what it means and what to do on hover or tap.
 */
export function StorageStatus() {
  const lang = useLang();
  const h = useStorageHealth();
  if (!h) return null;
  const { short, lines } = storageWords(lang, h);
  if (short === null) return null;
  const level = h.journal === 'disk-full' || h.journal === 'failing' ? 'red' : h.journal === 'off' ? 'amber' : 'info';
  return <StatusChip short={short} lines={lines} className={`sb-storage-${level}`} testId="storage-status" data={{ 'data-state': h.journal }} />;
}
