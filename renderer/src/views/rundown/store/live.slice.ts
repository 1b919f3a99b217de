import { create } from 'zustand';

/** Sending the show to the room (show.replace) and resolving revision conflicts. */
interface LiveSendState {
  /** Room revision the editor's show is based on (null = not based on the room yet). */
  baseRev: number | null;
  sending: boolean;
  /** The room's revision when our send was refused as stale. */
  conflictRev: number | null;
}

export const useLiveSendStore = create<LiveSendState>(() => ({ baseRev: null, sending: false, conflictRev: null }));

export const liveSendActions = {
  setBase(rev: number | null) { useLiveSendStore.setState({ baseRev: rev }); },
  sending(sending: boolean) { useLiveSendStore.setState({ sending }); },
  conflict(rev: number | null) { useLiveSendStore.setState({ conflictRev: rev, sending: false }); },
};

export const useLiveSend = () => useLiveSendStore((s) => s);
