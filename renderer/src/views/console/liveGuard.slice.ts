import { create } from 'zustand';
import { INITIAL_GUARD, pressGuard, type RepeatGuardState } from './repeatGuard';

/** Queue actions offered for undo, each with its own test id (`undo-take` for take-next). */
export type UndoKind = 'take' | 'skip' | 'goto' | 'move' | 'soldout' | 'stock';

export interface UndoOffer {
  commandId: string;
  kind: UndoKind;
  /** Client clock, ms. */
  until: number;
}

interface LiveGuardState {
  guard: RepeatGuardState;
  /** The pending confirmation of a repeated take-next / skip. */
  confirm: { action: 'take' | 'skip'; until: number } | null;
  undo: UndoOffer | null;
}

/** The console's guard on repeated presses and its undo offer (this client's own actions). */
export const useLiveGuardStore = create<LiveGuardState>(() => ({ guard: INITIAL_GUARD, confirm: null, undo: null }));

export const liveGuardActions = {
  /** True when the press should act; false when it asks for a confirmation instead. */
  press(action: 'take' | 'skip', now: number, windowMs: number): boolean {
    const r = pressGuard(useLiveGuardStore.getState().guard, now, windowMs);
    useLiveGuardStore.setState({ guard: r.state, confirm: r.act || r.state.armedUntil === null ? null : { action, until: r.state.armedUntil } });
    return r.act;
  },
  clearConfirm() { useLiveGuardStore.setState({ confirm: null, guard: { ...useLiveGuardStore.getState().guard, armedUntil: null } }); },
  offerUndo(offer: UndoOffer) { useLiveGuardStore.setState({ undo: offer }); },
  clearUndo(commandId?: string) {
    const cur = useLiveGuardStore.getState().undo;
    if (!commandId || cur?.commandId === commandId) useLiveGuardStore.setState({ undo: null });
  },
};

export const useConfirmRequest = () => useLiveGuardStore((s) => s.confirm);
export const useUndoOffer = () => useLiveGuardStore((s) => s.undo);
