import { useEffect } from 'react';
import { useT } from '../../i18n';
import { confirmRepeat, undoLast } from './actions';
import { liveGuardActions, useConfirmRequest, useUndoOffer } from './liveGuard.slice';

/** Clears a timed offer when its time is up. */
function useExpiry(until: number | undefined, clear: () => void) {
  useEffect(() => {
    if (until === undefined) return;
    const timer = setTimeout(clear, Math.max(0, until - Date.now()));
    return () => clearTimeout(timer);
  }, [until, clear]);
}

const clearUndo = () => liveGuardActions.clearUndo();

/** The confirmation of a repeated take-next / skip, and the undo of this console's last queue action. */
export function LiveActionBar() {
  const t = useT();
  const confirm = useConfirmRequest();
  const undo = useUndoOffer();
  useExpiry(confirm?.until, liveGuardActions.clearConfirm);
  useExpiry(undo?.until, clearUndo);
  if (!confirm && !undo) return null;
  return (
    <div className="live-action-bar" role="status" aria-live="assertive">
      {confirm ? (
        <div className="lab-item lab-confirm" data-testid="repeat-confirm">
          <span>{t(`guard.repeat.${confirm.action}`)}</span>
          <button className="primary sm" onClick={() => void confirmRepeat()} data-testid="confirm-repeat">{t('guard.confirm')}</button>
        </div>
      ) : null}
      {undo ? (
        <div className="lab-item lab-undo" data-testid="undo-offer" data-kind={undo.kind}>
          <span>{t(`undo.done.${undo.kind}`)}</span>
          <button className="sm" onClick={() => void undoLast()} data-testid={`undo-${undo.kind}`}>↶ {t('undo.action')}</button>
        </div>
      ) : null}
    </div>
  );
}
