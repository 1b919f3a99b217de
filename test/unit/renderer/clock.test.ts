import { describe, expect, it } from 'vitest';
import { createClock, MAX_PING_SAMPLES } from '../../../renderer/src/services/clock';

/** A clock whose local time the test sets. */
function fakeClock(start = 1_000_000) {
  const local = { now: start };
  return { local, clock: createClock(() => local.now) };
}

describe('hub clock offset', () => {
  it('starts with no offset', () => {
    const { clock } = fakeClock();
    expect(clock.offset()).toBe(0);
    expect(clock.now()).toBe(1_000_000);
  });

  it('takes the offset from snapshot/delta serverTime until a ping answers', () => {
    const { local, clock } = fakeClock();
    clock.noteServerTime(1_005_000);
    expect(clock.offset()).toBe(5000);
    local.now += 250;
    expect(clock.now()).toBe(1_005_250);
  });

  it('corrects a ping sample by half its round trip', () => {
    const { clock } = fakeClock();
    // Sent at 1000, answered at 1200 (RTT 200): the hub said 5100 at the midpoint (local 1100).
    clock.notePing(1000, 1200, 5100);
    expect(clock.offset()).toBe(4000);
  });

  it('lets ping samples win over later one-way serverTime notes', () => {
    const { clock } = fakeClock();
    clock.notePing(1000, 1200, 5100);
    clock.noteServerTime(9_999_999);
    expect(clock.offset()).toBe(4000);
  });

  it('uses the sample with the shortest round trip', () => {
    const { clock } = fakeClock();
    clock.notePing(0, 400, 10_000); // RTT 400 → offset 9800
    clock.notePing(1000, 1020, 11_000); // RTT 20 → offset 9990
    clock.notePing(2000, 2300, 12_500); // RTT 300 → offset 10_350
    expect(clock.offset()).toBe(9990);
  });

  it('forgets the best sample once it is older than the last eight', () => {
    const { clock } = fakeClock();
    clock.notePing(0, 10, 1005); // RTT 10 → offset 1000
    for (let i = 1; i <= MAX_PING_SAMPLES; i++) clock.notePing(i * 1000, i * 1000 + 100, i * 1000 + 50 + 2000); // RTT 100 → 2000
    expect(MAX_PING_SAMPLES).toBe(8);
    expect(clock.offset()).toBe(2000);
  });

  it('after a reset keeps the last offset but listens to serverTime again', () => {
    const { local, clock } = fakeClock();
    clock.notePing(1000, 1200, 5100);
    clock.reset();
    expect(clock.offset()).toBe(4000);
    clock.noteServerTime(local.now + 700);
    expect(clock.offset()).toBe(700);
  });
});
