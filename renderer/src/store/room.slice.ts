import { create } from 'zustand';
import type { LiveState, RunOfShow } from '../../../shared/protocol';

interface RoomState {
  roomId: string | null;
  startedAt: number;
  /** Run-of-show document and its revision (commands that edit the queue carry it). */
  show: RunOfShow | null;
  rev: number;
  live: LiveState | null;
  /** Last applied seq (snapshot or delta). */
  seq: number;
}

export const useRoomStore = create<RoomState>(() => ({
  roomId: null, startedAt: 0, show: null, rev: 0, live: null, seq: 0,
}));

/** Written only by services/hubClient. */
export const roomActions = {
  reset(s: { roomId: string; startedAt: number; show: RunOfShow; rev: number; live: LiveState; seq: number }) {
    useRoomStore.setState(s);
  },
  patch(p: { show?: { rev: number; show: RunOfShow }; live?: LiveState; seq: number }) {
    useRoomStore.setState((s) => ({
      show: p.show ? p.show.show : s.show,
      rev: p.show ? p.show.rev : s.rev,
      live: p.live ?? s.live,
      seq: p.seq,
    }));
  },
};

export const useShow = () => useRoomStore((s) => s.show);
export const useLive = () => useRoomStore((s) => s.live);
export const useRev = () => useRoomStore((s) => s.rev);
export const useRoomReady = () => useRoomStore((s) => s.show !== null && s.live !== null);
export const usePrompterSection = () => useRoomStore((s) => s.live?.prompterSection ?? null);
