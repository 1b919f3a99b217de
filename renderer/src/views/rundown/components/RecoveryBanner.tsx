import { useRT } from '../../../i18n/rundown';
import { useDocState, documentActions } from '../store/document.slice';
import { selectionActions } from '../store/selection.slice';

/** After a crash: drafts newer than their saved files are waiting to be recovered. */
export function RecoveryBanner() {
  const t = useRT();
  const { recoverable } = useDocState();
  if (recoverable === 0) return null;
  return (
    <div className="rd-banner" data-testid="recovery-banner">
      <span>{t('rec.banner', { n: recoverable })}</span>
      <button className="sm primary" onClick={() => selectionActions.open('open')}>{t('rec.open')}</button>
      <button className="sm ghost" onClick={() => documentActions.setRecoverable(0)}>✕</button>
    </div>
  );
}
