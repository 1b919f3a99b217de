/** Messages between a bench run and children/hubChild.ts. */
export interface HubChildConfig {
  impl: 'ours' | 'naive';
  /** Events per second. */
  rate: number;
  /** 'fanout': a busy room with many comments; 'top': a top room's stream (likes dominate); 'comments': comments only. */
  mix: 'fanout' | 'top' | 'comments';
  warmupMs: number;
  durationMs: number;
  seed: number;
  /** Source frame interval, ms (a connector delivers events in small frames). */
  frameMs: number;
  flushMs?: number;
  /** Events ingested (as past traffic) before clients join, to reach the steady state. */
  prefillEvents: number;
  /** How far back the prefill's timestamps reach (a long session's minute series), ms. */
  prefillSpanMs: number;
  staticDir?: string;
}

export interface HubChildReady {
  type: 'ready';
  url: string;
  token: string;
  consoleUrl: string;
  /** Wall time the prefill took. */
  prefillMs: number;
}

export interface HubChildDone {
  type: 'done';
  /** Start of the measured window (after warm-up), epoch ms. */
  measureStart: number;
  wallMs: number;
  events: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Cost of synthesising one event (included in the CPU figures). */
  genUsPerEvent: number;
  /** [epoch ms, rss bytes] about once a second. */
  rss: [number, number][];
  /** Flattened [seq, ingestAt, count] triples: frames ingested in the window and the delta that carried them. */
  records: number[];
  /** Ours only: ms spent per delta in the journal write (before it), room.flush and the socket.io emit. */
  phases: { journal: number[]; flush: number[]; emit: number[] };
  /** Event-loop delay of the hub process while measuring (perf_hooks, 10 ms resolution). */
  loopDelayMs: { p50: number; p99: number; max: number };
}
