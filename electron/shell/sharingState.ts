// The LAN-sharing state machine of the Electron shell (pure). It decides what a click on
// 「允许局域网加入… / Share on LAN…」 does in every situation: ask first when turning sharing on,
// restart at once when turning it off, and ignore clicks while a confirmation or a hub restart is
// under way or the app is quitting (a double click never restarts the hub twice).

export type SharingState =
  /** Nothing under way; `sharing`: the hub listens on the LAN with a join code. */
  | { phase: 'idle'; sharing: boolean }
  /** The confirmation dialog is open (only asked when turning sharing on). */
  | { phase: 'confirming'; sharing: false }
  /** The hub is being restarted towards `target`. */
  | { phase: 'restarting'; sharing: boolean; target: boolean }
  /** The app is quitting: nothing starts any more. */
  | { phase: 'quitting'; sharing: boolean };

export type SharingEvent =
  /** The menu checkbox was clicked. */
  | { type: 'toggle' }
  | { type: 'confirmed' }
  | { type: 'cancelled' }
  /** A hub is up again; `sharing` is what it really does (false after a fallback to loopback). */
  | { type: 'restarted'; sharing: boolean }
  /** No hub could be started at all. */
  | { type: 'hub-down' }
  | { type: 'quit' };

/** What the caller must do next: nothing, show the confirmation, or restart the hub towards `state.target`. */
export type SharingEffect = 'none' | 'confirm' | 'restart';

export interface SharingTransition {
  state: SharingState;
  effect: SharingEffect;
}

export const INITIAL_SHARING_STATE: SharingState = { phase: 'idle', sharing: false };

const stay = (state: SharingState): SharingTransition => ({ state, effect: 'none' });

export function nextSharingState(state: SharingState, event: SharingEvent): SharingTransition {
  if (state.phase === 'quitting') return stay(state);
  if (event.type === 'quit') return stay({ phase: 'quitting', sharing: state.sharing });
  switch (state.phase) {
    case 'idle':
      if (event.type !== 'toggle') return stay(state);
      return state.sharing
        ? { state: { phase: 'restarting', sharing: true, target: false }, effect: 'restart' }
        : { state: { phase: 'confirming', sharing: false }, effect: 'confirm' };
    case 'confirming':
      if (event.type === 'confirmed') return { state: { phase: 'restarting', sharing: false, target: true }, effect: 'restart' };
      if (event.type === 'cancelled') return stay({ phase: 'idle', sharing: false });
      return stay(state);
    case 'restarting':
      if (event.type === 'restarted') return stay({ phase: 'idle', sharing: event.sharing });
      // Never report sharing when no hub runs: a later click tries again from "off".
      if (event.type === 'hub-down') return stay({ phase: 'idle', sharing: false });
      return stay(state);
  }
}
