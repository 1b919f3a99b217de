import { create } from 'zustand';
import type { SourceHealth } from '../../../shared/protocol';

interface SourcesState {
  /** Health of the room's sources, as the hub last sent it. */
  sources: SourceHealth[];
}

export const useSourcesStore = create<SourcesState>(() => ({ sources: [] }));

/** Written only by services/hubClient. */
export const sourcesActions = {
  set(sources: SourceHealth[]) {
    useSourcesStore.setState({ sources });
  },
};
