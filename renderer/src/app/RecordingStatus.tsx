import { recordingWords } from '../i18n/domain';
import { useStorageHealth } from '../store/storage.slice';
import { useLang } from '../store/ui.slice';
import { StatusChip } from './StatusChip';

/**
 * The session recording's losses in the status bar (amber): nothing while the recording misses no
 * event; "录制丢弃 N 条" when its bounded buffer was full or the file failed. Why, and that the room
 * and the journal are unaffected, on hover or tap.
 */
export function RecordingStatus() {
  const lang = useLang();
  const h = useStorageHealth();
  const words = h ? recordingWords(lang, h) : null;
  if (!h || !words) return null;
  return <StatusChip short={words.short} lines={words.lines} className="sb-storage-amber" testId="recording-status" data={{ 'data-dropped': h.recordingDropped }} />;
}
