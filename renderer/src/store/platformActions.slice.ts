import { create } from 'zustand';
import type { PlatformActionsState } from '../../../shared/protocol/platformActions';
import type { SourceActionKind, SourceHealth } from '../../../shared/protocol/source';
import { useSourcesStore } from './sources.slice';

/** The room's platform actions (kill switch, log) as the hub last sent them (delta section `actions`). */
export const usePlatformActionsStore = create<PlatformActionsState>(() => ({ killed: false, log: [] }));

/** Written only by services/hubClient. */
export const platformActionsActions = {
  set(state: PlatformActionsState) {
    usePlatformActionsStore.setState(state, true);
  },
};

/** The action kinds a live source supports right now (the console offers only these). */
export function liveActionKinds(sources: readonly SourceHealth[]): SourceActionKind[] {
  const kinds = new Set<SourceActionKind>();
  for (const s of sources) if (s.state === 'live') for (const k of s.actions ?? []) kinds.add(k);
  return [...kinds];
}

export const useKillSwitch = () => usePlatformActionsStore((s) => s.killed);
export const useActionLog = () => usePlatformActionsStore((s) => s.log);
/** Whether the console may offer `kind` now: a live source supports it and the kill switch is off. */
export const useCanAct = (kind: SourceActionKind): boolean => {
  const killed = useKillSwitch();
  const live = useSourcesStore((s) => liveActionKinds(s.sources).includes(kind));
  return live && !killed;
};
