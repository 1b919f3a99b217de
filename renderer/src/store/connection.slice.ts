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
}

export const useConnectionStore = create<ConnectionState>(() => ({
  status: 'connecting', reason: null, latencyMs: null, role: 'assistant', name: '', peers: [], needsJoin: false,
}));

/** Written only by services/hubClient. */
export const connectionActions = {
  setStatus(status: ConnStatus, reason: string | null = null) {
    useConnectionStore.setState({ status, reason });
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
