import { create } from 'zustand';
import type { Peer, Role } from '../../../shared/protocol';

export type ConnStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'rejected';

interface ConnectionState {
  status: ConnStatus;
  /** Last reason the hub gave for refusing us, if any. */
  reason: string | null;
  /** Round-trip time of the last ping, ms. */
  latencyMs: number | null;
  role: Role;
  name: string;
  peers: readonly Peer[];
  /** No usable token: the join screen asks for a join code. */
  needsJoin: boolean;
  /**
   * Socket still open but nothing heard from the hub (deltas, heartbeat, ping answers) for
   * HUB_SILENT_MS: a dead link socket.io has not noticed yet.
   */
  silent: boolean;
  /** When the hub was last heard from, while it is lost (null while it is there, or before the first contact). */
  lostAt: number | null;
}

/** Nothing heard for this long on an open socket = lost (the hub sends a heartbeat each second). */
export const HUB_SILENT_MS = 2000;

export const useConnectionStore = create<ConnectionState>(() => ({
  status: 'connecting', reason: null, latencyMs: null, role: 'assistant', name: '', peers: [], needsJoin: false, silent: false, lostAt: null,
}));

/** Written only by services/hubClient. */
export const connectionActions = {
  /** `heardAt`: when the hub was last heard from (null: never, e.g. a fresh connection with a new role). */
  setStatus(status: ConnStatus, reason: string | null = null, heardAt: number | null = null) {
    useConnectionStore.setState((s) => (status === 'connected'
      ? { status, reason, silent: false, lostAt: null }
      : { status, reason, lostAt: s.lostAt ?? heardAt }));
  },
  /** The watchdog's verdict on an open socket (see HUB_SILENT_MS). */
  setSilent(silent: boolean, heardAt: number) {
    useConnectionStore.setState((s) => (silent
      ? { silent, lostAt: s.lostAt ?? heardAt }
      : { silent, lostAt: s.status === 'connected' ? null : s.lostAt }));
  },
  setLatency(latencyMs: number) {
    useConnectionStore.setState({ latencyMs });
  },
  setIdentity(role: Role, name: string) {
    useConnectionStore.setState({ role, name });
  },
  setNeedsJoin(needsJoin: boolean) {
    useConnectionStore.setState({ needsJoin });
  },
  setPeers(peers: readonly Peer[]) {
    useConnectionStore.setState({ peers });
  },
};

export const useConnStatus = () => useConnectionStore((s) => s.status);
export const useConnReason = () => useConnectionStore((s) => s.reason);
export const useLatency = () => useConnectionStore((s) => s.latencyMs);
export const useRole = () => useConnectionStore((s) => s.role);
export const usePeers = () => useConnectionStore((s) => s.peers);
export const useNeedsJoin = () => useConnectionStore((s) => s.needsJoin);

/** True while actions that need the hub cannot reach it (not connected, or a silent link). */
export const isHubDown = (s: Pick<ConnectionState, 'status' | 'silent'>): boolean => s.status !== 'connected' || s.silent;
export const useHubDown = () => useConnectionStore(isHubDown);
/** When the hub was last heard from, while it is lost after a first contact (drives the banner). */
export const useLostAt = () => useConnectionStore((s) => (isHubDown(s) ? s.lostAt : null));
