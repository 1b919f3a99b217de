// Turns LAN sharing of the embedded hub on and off (the service behind the 团队 / Team menu).
// The hub is closed, then started again on 0.0.0.0 (or back on 127.0.0.1) with the same token,
// data folder (so the room journal carries over) and, when free, the same port. If sharing cannot
// start, the hub comes back on loopback: the app is never left without a hub because of this menu.
// Electron and the hub come in through HubSharingDeps, so the whole flow is unit-tested with fakes.
import { hubStartAttempts, isShellHubUrl, LAN_HOST, type HubLaunch, type ShellHubOptions } from './lan';
import { nextSharingState, type SharingEffect, type SharingEvent, type SharingState } from './sharingState';

/** The part of the hub's Hub the shell uses. */
export interface SharedHub {
  consoleUrl: string;
  prompterUrl: string;
  port: number;
  joinCode: string | null;
  close(): Promise<void>;
}

export interface HubSharingDeps<H extends SharedHub> {
  startHub(options: ShellHubOptions): Promise<H>;
  /** The native "are you sure" dialog; true to go ahead. */
  confirmSharing(): Promise<boolean>;
  /** Points the shell at a newly started hub: its origin for guards, CSP and IPC, then the windows reload. */
  useHub(hub: H): void;
  /** Shows the LAN addresses and the join code of a sharing hub. */
  showJoinInfo(hub: H): void;
  /** 'fell-back': sharing failed, the hub is on loopback again; 'down': no hub could start. */
  showError(kind: 'fell-back' | 'down', err: unknown): void;
  /** Called after every state change (the menu is rebuilt from it). */
  onState(state: SharingState): void;
  log(message: string): void;
}

export interface HubSharing<H extends SharedHub> {
  /** The running hub; null only while restarting, or when no hub could start. */
  hub(): H | null;
  state(): SharingState;
  /** The menu checkbox: asks, then shares on the LAN; or stops sharing. Resolves when the hub is back. */
  toggle(): Promise<void>;
  /** Shows the join dialog again; false when not sharing. */
  showJoinCode(): boolean;
  /** For quitting: ignores further clicks, waits for a restart under way, closes the hub. */
  close(): Promise<void>;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function createHubSharing<H extends SharedHub>(first: H, launch: Omit<HubLaunch, 'port'>, deps: HubSharingDeps<H>): HubSharing<H> {
  let hub: H | null = first;
  let lastPort = first.port;
  let state: SharingState = { phase: 'idle', sharing: Boolean(first.joinCode) };
  let restarting: Promise<void> | null = null;

  function step(event: SharingEvent): SharingEffect {
    const next = nextSharingState(state, event);
    if (next.state !== state) {
      state = next.state;
      deps.onState(state);
    }
    return next.effect;
  }

  /** The first of `attempts` that starts; a LAN hub without a join code counts as a failure. */
  async function startFirst(attempts: ShellHubOptions[]): Promise<{ hub: H | null; lan: boolean; error: unknown }> {
    let error: unknown = null;
    for (const options of attempts) {
      try {
        const started = await deps.startHub(options);
        const refusal = options.host === LAN_HOST && !started.joinCode
          ? 'the hub listened on the LAN without a join code'
          : !isShellHubUrl(started.consoleUrl) || !isShellHubUrl(started.prompterUrl)
            ? 'the hub gave URLs outside http://127.0.0.1:<port>'
            : null;
        if (refusal) {
          await started.close().catch(() => undefined);
          throw new Error(refusal);
        }
        return { hub: started, lan: options.host === LAN_HOST, error };
      } catch (err) {
        error = err;
        deps.log(`hub start on ${options.host}:${options.port} failed: ${message(err)}`);
      }
    }
    return { hub: null, lan: false, error };
  }

  async function restart(target: boolean): Promise<void> {
    const old = hub;
    hub = null;
    // Close first: the new hub wants the same port, and one journal has one writer.
    if (old) await old.close().catch((err: unknown) => deps.log(`hub close failed: ${message(err)}`));
    const prev: HubLaunch = { ...launch, port: lastPort };
    let result = await startFirst(hubStartAttempts(target, prev));
    let fellBack = false;
    if (!result.hub && target) {
      const failure = result.error;
      result = await startFirst(hubStartAttempts(false, prev));
      result.error = failure;
      fellBack = result.hub !== null;
    }
    const started = result.hub;
    hub = started;
    // Quitting meanwhile: close() waits for this restart and closes what it started; no dialogs.
    if (state.phase === 'quitting') return;
    if (!started) {
      step({ type: 'hub-down' });
      deps.showError('down', result.error);
      return;
    }
    lastPort = started.port;
    const sharing = result.lan;
    deps.log(`hub restarted on port ${started.port}, ${sharing ? 'shared on the LAN' : 'loopback only'}`);
    deps.useHub(started);
    step({ type: 'restarted', sharing });
    if (fellBack) deps.showError('fell-back', result.error);
    else if (sharing) deps.showJoinInfo(started);
  }

  function runRestart(): Promise<void> {
    if (state.phase !== 'restarting') return Promise.resolve();
    const target = state.target;
    restarting = restart(target)
      .catch((err: unknown) => {
        // Only a throwing dependency gets here; never stay stuck in 'restarting'.
        deps.log(`hub restart failed: ${message(err)}`);
        step(hub ? { type: 'restarted', sharing: Boolean(hub.joinCode) } : { type: 'hub-down' });
      })
      .finally(() => {
        restarting = null;
      });
    return restarting;
  }

  return {
    hub: () => hub,
    state: () => state,
    async toggle() {
      const effect = step({ type: 'toggle' });
      if (effect === 'confirm') {
        const ok = await deps.confirmSharing().catch((err: unknown) => {
          deps.log(`confirmation dialog failed: ${message(err)}`);
          return false;
        });
        if (step({ type: ok ? 'confirmed' : 'cancelled' }) !== 'restart') return;
      } else if (effect !== 'restart') {
        return;
      }
      await runRestart();
    },
    showJoinCode() {
      if (state.phase !== 'idle' || !state.sharing || !hub?.joinCode) return false;
      deps.showJoinInfo(hub);
      return true;
    },
    async close() {
      step({ type: 'quit' });
      if (restarting) await restarting;
      const last = hub;
      hub = null;
      await last?.close();
    },
  };
}
