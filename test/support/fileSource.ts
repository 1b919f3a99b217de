import { closeSync, openSync, readSync } from 'node:fs';
import type { LiveEvent } from '../../shared/protocol/events';
import type { EventSource } from '../../shared/protocol/source';

/**
 * A source that tails a JSON-lines file of LiveEvents, like a platform connector that, after a
 * reconnect, delivers the room's messages again from the start: the hub must drop what it
 * already has (de-duplication by message id) and keep what it lost.
 * Nothing is read until `begin()`, so a test can observe the state the hub restored on its own.
 */
export function fileSource(path: string, opts: { pollMs?: number; batch?: number } = {}): EventSource & { begin(): void; delivered: () => number } {
  let emit: ((events: LiveEvent[]) => void) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let offset = 0;
  let carry = '';
  let delivered = 0;
  const buf = Buffer.alloc(1024 * 1024);
  const batch = opts.batch ?? 200;

  const poll = () => {
    if (!emit) return;
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, offset);
        if (n <= 0) break;
        offset += n;
        carry += buf.toString('utf8', 0, n);
      }
    } finally {
      closeSync(fd);
    }
    const end = carry.lastIndexOf('\n');
    if (end < 0) return;
    const lines = carry.slice(0, end).split('\n').filter(Boolean);
    carry = carry.slice(end + 1);
    for (let i = 0; i < lines.length; i += batch) {
      const events = lines.slice(i, i + batch).map((l) => JSON.parse(l) as LiveEvent);
      delivered += events.length;
      emit(events);
    }
  };

  return {
    kind: 'connector',
    start(e) { emit = e; },
    begin() {
      if (timer) return;
      timer = setInterval(poll, opts.pollMs ?? 20);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      emit = null;
    },
    delivered: () => delivered,
  };
}
