/** Messages between the soak scenario and children/soakChild.ts. */
export interface SoakConfig {
  preset: 'small' | 'medium' | 'top';
  seed: number;
  /** Simulated session length, hours. */
  simHours: number;
  /** Real-time budget for the simulation, ms; the run stops early when it is spent. */
  budgetMs: number;
  /** Real ms into the run when a renderer page is asked to attach (null: never). */
  attachAtMs: number | null;
  /** Simulated speed (× real time) while the page is attached. */
  attachSpeed: number;
  /** Simulated ms between deltas (the real hub: 100 ms of real time). */
  flushEveryMs: number;
}

export interface SoakSample {
  realMs: number;
  simMin: number;
  rss: number;
  heapUsed: number;
  /** ArrayBuffer memory (typed arrays live outside the JS heap). */
  arrayBuffers: number;
  /** Unique viewers so far (场观, from the room's metrics). */
  viewers: number;
  /** heapUsed right after a full GC (checkpoints only). */
  heapAfterGc?: number;
}

export interface SoakDone {
  type: 'done';
  /** [simulated minute, JSON bytes] of a delta now and then: deltas grow with the minute series. */
  deltaSizes: [number, number][];
  simMinutes: number;
  realMs: number;
  events: number;
  comments: number;
  deltas: number;
  samples: SoakSample[];
  /** Comments the room still holds for snapshots (its capped buffer). */
  retainedComments: number;
  /** Bytes of heap one retained comment item costs (measured), for the keep-everything estimate. */
  bytesPerComment: number;
  journalBytes: number;
}
