/**
 * Offset between the hub's clock and ours. Timers are computed from hub timestamps, so they
 * must be compared with hub time: serverNow() = Date.now() + offset. Ping samples (with RTT/2
 * correction, best of the recent ones) win over the one-way serverTime of snapshots and deltas.
 */
export interface HubClock {
  /** Hub time now. */
  now(): number;
  offset(): number;
  /** A snapshot or delta carried serverTime; used until the first ping answers. */
  noteServerTime(serverTime: number): void;
  notePing(sentAt: number, receivedAt: number, serverTime: number): void;
  /** Forget the ping samples (new connection); the last offset stays until a new one is known. */
  reset(): void;
}

/** Ping samples kept; the one with the shortest round trip sets the offset. */
export const MAX_PING_SAMPLES = 8;

export function createClock(localNow: () => number = () => Date.now()): HubClock {
  let offset = 0;
  let fromPing = false;
  const samples: { rtt: number; offset: number }[] = [];
  return {
    now: () => localNow() + offset,
    offset: () => offset,
    noteServerTime(serverTime) {
      if (!fromPing) offset = serverTime - localNow();
    },
    notePing(sentAt, receivedAt, serverTime) {
      const rtt = receivedAt - sentAt;
      samples.push({ rtt, offset: serverTime + rtt / 2 - receivedAt });
      if (samples.length > MAX_PING_SAMPLES) samples.shift();
      const best = samples.reduce((a, b) => (b.rtt < a.rtt ? b : a));
      offset = best.offset;
      fromPing = true;
    },
    reset() {
      samples.length = 0;
      fromPing = false;
    },
  };
}

const clock = createClock();

export const serverNow = (): number => clock.now();
export const clockOffset = (): number => clock.offset();
export const noteServerTime = (serverTime: number): void => clock.noteServerTime(serverTime);
export const notePing = (sentAt: number, receivedAt: number, serverTime: number): void => clock.notePing(sentAt, receivedAt, serverTime);
export const resetClock = (): void => clock.reset();
