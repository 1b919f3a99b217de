import { create } from 'zustand';
import type { FiredCue } from '../../../shared/protocol';

interface CuesState {
  /** Fired cues, oldest first. */
  fired: readonly FiredCue[];
}

export const useCuesStore = create<CuesState>(() => ({ fired: [] }));

/** Written only by services/hubClient. */
export const cueActions = {
  set(fired: readonly FiredCue[]) {
    useCuesStore.setState({ fired });
  },
};

export const useFiredCues = () => useCuesStore((s) => s.fired);
// The cues the prompter flashes: shared/domain/live/cueLifecycle.ts (prompterCues).
