import { create } from 'zustand';
import type { OverlayActivity, OverlayProduct, OverlayQuestion, OverlayState } from '../../../../shared/protocol/overlay';

/**
 * The link of an overlay page to the hub: `rejected` = the token was refused (no retry helps);
 * `changed` = the producer rotated the overlay link while this page was open (the last content stays).
 */
export type OverlayLink = 'connecting' | 'connected' | 'offline' | 'rejected' | 'no_token' | 'changed';

interface OverlayStore {
  state: OverlayState | null;
  link: OverlayLink;
}

/** What an overlay page shows: the hub's overlay state (written only by services/overlayFeed). */
export const useOverlayStore = create<OverlayStore>(() => ({ state: null, link: 'connecting' }));

export const overlayActions = {
  set(state: OverlayState) { useOverlayStore.setState({ state }); },
  setLink(link: OverlayLink) { useOverlayStore.setState({ link }); },
};

const NO_ACTIVITIES: readonly OverlayActivity[] = [];
export const useOverlayLink = (): OverlayLink => useOverlayStore((s) => s.link);
export const useOverlayProduct = (): OverlayProduct | null => useOverlayStore((s) => s.state?.onAir ?? null);
export const useOverlayActivities = (): readonly OverlayActivity[] => useOverlayStore((s) => s.state?.activities ?? NO_ACTIVITIES);
/** The question on show: the newest open pushed question. */
export const useOverlayQuestion = (): OverlayQuestion | null => useOverlayStore((s) => s.state?.questions[0] ?? null);
