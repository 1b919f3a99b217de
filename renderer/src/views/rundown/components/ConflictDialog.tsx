import { useRT } from '../../../i18n/rundown';
import { resolveConflict } from '../services/goLive.service';
import { useLiveSend } from '../store/live.slice';
import { Dialog } from './Dialog';

/** The room's show changed since this editor's base revision: reload theirs, overwrite, or cancel. */
export function ConflictDialog() {
  const t = useRT();
  const { baseRev, conflictRev } = useLiveSend();
  return (
    <Dialog title={t('live.conflictTitle')} onClose={() => resolveConflict('cancel')} testId="conflict-dialog">
      <p>{t('live.conflictBody', { mine: baseRev ?? '—', theirs: conflictRev ?? '—' })}</p>
      <div className="dlg-actions">
        <button onClick={() => resolveConflict('cancel')}>{t('dlg.cancel')}</button>
        <button data-testid="conflict-reload" onClick={() => resolveConflict('reload')}>{t('live.reload')}</button>
        <button className="danger" data-testid="conflict-overwrite" onClick={() => resolveConflict('overwrite')}>{t('live.overwrite')}</button>
      </div>
    </Dialog>
  );
}
