import type { ActionRecord } from '../../../shared/protocol/platformActions';
import type { SourceActionInput, SourceActionKind } from '../../../shared/protocol/source';
import { findSlot } from '../../../shared/domain/live/queue';
import { t } from '../i18n';
import { actionResultText } from '../i18n/domain';
import { liveActionKinds, usePlatformActionsStore } from '../store/platformActions.slice';
import { useRoomStore } from '../store/room.slice';
import { useSourcesStore } from '../store/sources.slice';
import { toastActions } from '../store/toasts.slice';
import { useUiStore } from '../store/ui.slice';
import { ApiError, hubApi } from './hubHttp';

/** Whether a platform action of `kind` may be asked for now (a live source supports it, the kill switch is off). */
export function canAct(kind: SourceActionKind): boolean {
  return !usePlatformActionsStore.getState().killed && liveActionKinds(useSourcesStore.getState().sources).includes(kind);
}

/**
 * Ask the hub for one platform action (it re-checks everything: kill switch, live source, rate
 * limits) and show its result as a toast: the page's own words when it refused (当前用户未开播).
 */
export async function requestAction(action: SourceActionInput): Promise<ActionRecord | null> {
  const lang = useUiStore.getState().lang;
  const label = (text: string) => t(action.kind === 'explain' ? 'platform.explainResult' : 'platform.reply.result', { text });
  try {
    const { record } = await hubApi('platformAction', { body: action });
    const ok = record.result?.ok === true;
    toastActions.show(ok ? 'info' : 'error', label(actionResultText(lang, record.result)), record.result?.pageText);
    return record;
  } catch (err) {
    toastActions.show('error', label(err instanceof ApiError ? err.code : t('err.offline')));
    return null;
  }
}

const onAirSlotId = () => useRoomStore.getState().live?.onAirSlotId ?? null;
const onAirProductId = () => {
  const { show, live } = useRoomStore.getState();
  return show && live ? findSlot(show, live.onAirSlotId)?.productId ?? null : null;
};

/** How long after this client's take-next / undo the on-air change is awaited. */
const FOLLOW_MS = 3000;

/**
 * 讲解 follows the queue: after this client's take-next or undo was applied, switch 讲解 to the
 * product then on air — only when a live source supports it and the kill switch is off.
 */
export function followOnAir(prevSlotId: string | null): void {
  if (!canAct('explain')) return;
  const fire = () => {
    const productId = onAirProductId();
    if (productId) void requestAction({ kind: 'explain', productId });
  };
  if (onAirSlotId() !== prevSlotId) return fire();
  let timer: ReturnType<typeof setTimeout> | undefined = undefined;
  const unsubscribe = useRoomStore.subscribe((s) => {
    if ((s.live?.onAirSlotId ?? null) === prevSlotId) return;
    unsubscribe();
    clearTimeout(timer);
    fire();
  });
  timer = setTimeout(unsubscribe, FOLLOW_MS);
}

/** The producer's kill switch. */
export async function setKillSwitch(on: boolean): Promise<boolean> {
  try {
    await hubApi('platformKill', { body: { on } });
    return true;
  } catch (err) {
    toastActions.show('error', t('sources.failed', { code: err instanceof ApiError ? err.code : 'network' }));
    return false;
  }
}
