import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBroadcaster } from '../../../electron/hub/broadcaster';
import type { Delta } from '../../../shared/protocol/room';

describe('broadcaster', () => {
  afterEach(() => vi.useRealTimers());

  function setup(pending: () => boolean) {
    vi.useFakeTimers({ now: 10_000 });
    let seq = 0;
    const order: string[] = [];
    const sent: Delta[] = [];
    const b = createBroadcaster({
      flush: (now) => { order.push(`flush@${now}`); return pending() ? { seq: ++seq, serverTime: now } : null; },
      beforeFlush: (next) => order.push(`reserve ${next}`),
      currentSeq: () => seq,
      send: (d) => sent.push(d),
      flushMs: 100,
      now: () => Date.now(),
    });
    return { b, order, sent };
  }

  it('sends at most one delta per interval however often one is asked for, journaling first', () => {
    const { b, order, sent } = setup(() => true);
    b.flushSoon();
    b.flushSoon();
    vi.advanceTimersByTime(0);
    expect(sent.map((d) => d.seq)).toEqual([1]);
    b.flushSoon();
    b.flushSoon();
    vi.advanceTimersByTime(50);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(50);
    expect(sent.map((d) => d.seq)).toEqual([1, 2]);
    expect(order).toEqual(['reserve 1', 'flush@10000', 'reserve 2', 'flush@10100']);
    b.close();
  });

  it('flushes on a heartbeat when the room is quiet, and sends nothing when nothing changed', () => {
    const { b, order, sent } = setup(() => false);
    vi.advanceTimersByTime(2_050);
    expect(order.filter((o) => o.startsWith('flush'))).toHaveLength(2);
    expect(sent).toEqual([]);
    b.close();
    vi.advanceTimersByTime(5_000);
    expect(order.filter((o) => o.startsWith('flush'))).toHaveLength(2);
  });

  it('flushNow publishes at once (before a snapshot)', () => {
    const { b, sent } = setup(() => true);
    b.flushNow();
    expect(sent).toHaveLength(1);
    b.close();
  });
});
