/**
 * The one place the rundown editor touches the app's hub client and session (owned by the
 * renderer shell). Everything else in this folder goes through these functions.
 */
import type { LiveState, RunOfShow } from '../../../../../shared/protocol';
import { CommandFailure, sendCommand } from '../../../services/hubClient';
export { ApiError, hubApi, hubFile, hubUpload } from '../../../services/hubHttp';
import { useConnectionStore } from '../../../store/connection.slice';
import { useRoomStore } from '../../../store/room.slice';

export type ReplaceResult = { ok: true; rev: number } | { ok: false; code: string; message: string; rev?: number };

/** Sends `show.replace` { rev, show } and reports the ack (conflict carries the room's rev). */
export async function replaceShow(rev: number, show: RunOfShow): Promise<ReplaceResult> {
  try {
    const ack = await sendCommand({ type: 'show.replace', rev, show });
    return { ok: true, rev: ack.rev };
  } catch (err) {
    if (err instanceof CommandFailure) return err.rev !== undefined ? { ok: false, code: err.code, message: err.message, rev: err.rev } : { ok: false, code: err.code, message: err.message };
    return { ok: false, code: 'unknown', message: err instanceof Error ? err.message : String(err) };
  }
}

/** The room's current run-of-show and revision (null before the first snapshot). */
export function roomShow(): { show: RunOfShow; rev: number } | null {
  const s = useRoomStore.getState();
  return s.show ? { show: s.show, rev: s.rev } : null;
}

/** The room's live state (what is on air), null before the first snapshot. */
export const roomLive = (): LiveState | null => useRoomStore.getState().live;
export const useRoomLive = () => useRoomStore((s) => s.live);
export const useRoomShow = () => useRoomStore((s) => s.show);

export const useRoomRev = () => useRoomStore((s) => (s.show ? s.rev : null));
export const useRoomHasShow = () => useRoomStore((s) => s.show !== null);
export const useHubConnected = () => useConnectionStore((s) => s.status === 'connected');
