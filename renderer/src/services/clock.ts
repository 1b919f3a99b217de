/**
 * Offset between the hub's clock and ours. Timers are computed from hub timestamps, so they
 * must be compared with hub time: serverNow() = Date.now() + offset. Ping samples (with RTT/2
 * correction, best of the recent ones) win over the one-way serverTime of snapshots and deltas.
 */
let offset = 0;
let fromPing = false;
const samples: { rtt: number; offset: number }[] = [];
const MAX_SAMPLES = 8;

export function serverNow(): number {
  return Date.now() + offset;
}

export function clockOffset(): number {
  return offset;
}

/** A snapshot or delta carried serverTime; used until the first ping answers. */
export function noteServerTime(serverTime: number): void {
  if (!fromPing) offset = serverTime - Date.now();
}

export function notePing(sentAt: number, receivedAt: number, serverTime: number): void {
  const rtt = receivedAt - sentAt;
  samples.push({ rtt, offset: serverTime + rtt / 2 - receivedAt });
  if (samples.length > MAX_SAMPLES) samples.shift();
  const best = samples.reduce((a, b) => (b.rtt < a.rtt ? b : a));
  offset = best.offset;
  fromPing = true;
}

export function resetClock(): void {
  samples.length = 0;
  fromPing = false;
}
