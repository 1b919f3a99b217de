import { withLexicon } from '../../../../../shared/domain/compliance';
import { toastActions } from '../../../store/toasts.slice';
import { trd } from '../../../i18n/rundown';
import { liveSendActions, useLiveSendStore } from '../store/live.slice';
import { selectionActions } from '../store/selection.slice';
import { showActions, useShowStore } from '../store/show.slice';
import { replaceShow, roomLive, roomShow } from './hubAdapter';

/**
 * 发送到直播间 as the toolbar asks for it: mid-show (something on air or aired, the show not
 * ended) the go-live dialog first shows what will change (shared/domain/live/showDiff) and the
 * producer confirms; before the show starts it goes straight out.
 */
export function requestGoLive(): void {
  const live = roomLive();
  const midShow = live !== null && !live.ended && (live.onAirSlotId !== null || live.runs.length > 0);
  if (midShow && roomShow()) selectionActions.open('goLive');
  else void goLive();
}

/** The go-live dialog's answer. */
export function confirmGoLive(send: boolean): void {
  selectionActions.close();
  if (send) void goLive();
}

/**
 * 发送到直播间: `show.replace` with the revision the editor is based on (DESIGN §3). A stale
 * revision comes back as a conflict carrying the room's revision; the producer then reloads the
 * room's version, overwrites with theirs (resend with the new revision) or cancels.
 */
export async function goLive(revOverride?: number): Promise<void> {
  const base = revOverride ?? useLiveSendStore.getState().baseRev ?? roomShow()?.rev;
  if (base === undefined || base === null) {
    toastActions.show('error', trd('live.offline'));
    return;
  }
  liveSendActions.sending(true);
  // The producer's lexicon travels with the show, so the hub and the prompter lint as the editor does.
  const { show, lexicon } = useShowStore.getState();
  const r = await replaceShow(base, withLexicon(show, lexicon));
  if (r.ok) {
    liveSendActions.setBase(r.rev);
    liveSendActions.conflict(null);
    toastActions.show('info', trd('live.sent', { rev: r.rev }));
    return;
  }
  if (r.code === 'conflict') {
    liveSendActions.conflict(r.rev ?? roomShow()?.rev ?? base + 1);
    selectionActions.open('conflict');
    return;
  }
  liveSendActions.sending(false);
  toastActions.show('error', r.code === 'offline' ? trd('live.offline') : trd('err.http', { msg: r.message }));
}

export function resolveConflict(choice: 'reload' | 'overwrite' | 'cancel'): void {
  const theirs = useLiveSendStore.getState().conflictRev;
  selectionActions.close();
  liveSendActions.conflict(null);
  if (choice === 'cancel' || theirs === null) return;
  if (choice === 'overwrite') {
    void goLive(theirs);
    return;
  }
  const room = roomShow();
  if (!room) return;
  // Reloading theirs is one undo step, so the producer can still get their edits back.
  showActions.edit((snap) => ({ show: withLexicon(room.show, undefined), lexicon: room.show.lexicon ?? snap.lexicon }));
  liveSendActions.setBase(room.rev);
  toastActions.show('info', trd('live.loaded', { rev: room.rev }));
}
