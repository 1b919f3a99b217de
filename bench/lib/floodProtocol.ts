/** Messages between bench/scenarios/flood.ts and children/floodClients.ts (socket.io clients in their own process). */
export interface FloodClientsConfig {
  url: string;
  token: string;
  /** 'flood': join `clients`, then each asks a full snapshot `perSecond` times a second for `durationMs`. 'storm': open `clients` at once. */
  mode: 'flood' | 'storm';
  clients: number;
  perSecond: number;
  durationMs: number;
  /** Local addresses the sockets bind to, round-robin (127.0.0.x: the cap is per address). */
  addresses: string[];
}

export interface FloodClientsReady {
  type: 'ready';
}

export interface FloodClientsDone {
  type: 'done';
  /** Flood: full snapshots received per client per second (answers to sync). */
  snapshotsPerClientPerSec: number;
  /** Flood: requests refused (`rate_limited`) and unanswered (5 s timeout) over all clients. */
  refused: number;
  timedOut: number;
  requests: number;
  /** Flood: request → snapshot answer, ms, p50/p99. */
  answerMs: { p50: number; p99: number };
  /** Storm: wall time from opening the first socket to the last one's first snapshot, ms; sockets that got one; refused/failed ones. */
  allSnapshotMs: number;
  connected: number;
  failed: number;
  /** Storm: per socket, open → first snapshot, ms, p50/p99. */
  firstSnapshotMs: { p50: number; p99: number };
  /** Snapshot bytes (JSON) as received by one client. */
  snapshotBytes: number;
}
