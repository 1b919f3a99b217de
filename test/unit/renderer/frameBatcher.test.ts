import { describe, expect, it } from 'vitest';
import { createFrameBatcher, type FrameScheduler } from '../../../renderer/src/services/frameBatcher';

/** A scheduler the test drives: frames and timers run only when told to. */
function fakeScheduler() {
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { cb: () => void; ms: number }>();
  const scheduler: FrameScheduler = {
    requestFrame: (cb) => { const id = nextId++; frames.set(id, cb); return id; },
    cancelFrame: (id) => { frames.delete(id); },
    setTimer: (cb, ms) => { const id = nextId++; timers.set(id, { cb, ms }); return id; },
    clearTimer: (id) => { timers.delete(id as number); },
  };
  return {
    scheduler,
    frames,
    timers,
    frame() { const cbs = [...frames.values()]; frames.clear(); for (const cb of cbs) cb(); },
    fireTimers() { const all = [...timers.values()]; timers.clear(); for (const t of all) t.cb(); },
  };
}

function setup(fallbackMs = 250) {
  const fake = fakeScheduler();
  const flushed: number[][] = [];
  const batcher = createFrameBatcher<number>((items) => flushed.push(items), fallbackMs, fake.scheduler);
  return { fake, flushed, batcher };
}

describe('frame batcher', () => {
  it('hands over everything pushed during a frame in one call, in order', () => {
    const { fake, flushed, batcher } = setup();
    batcher.push(1);
    batcher.push(2);
    batcher.push(3);
    expect(flushed).toEqual([]);
    fake.frame();
    expect(flushed).toEqual([[1, 2, 3]]);
  });

  it('asks for one frame and one fallback timer per batch, not per item', () => {
    const { fake, batcher } = setup();
    for (let i = 0; i < 50; i++) batcher.push(i);
    expect(fake.frames.size).toBe(1);
    expect(fake.timers.size).toBe(1);
    expect([...fake.timers.values()][0]!.ms).toBe(250);
  });

  it('starts a new batch after a flush', () => {
    const { fake, flushed, batcher } = setup();
    batcher.push(1);
    fake.frame();
    batcher.push(2);
    fake.frame();
    expect(flushed).toEqual([[1], [2]]);
  });

  it('flushes from the fallback timer when frames stop (hidden tab) and cancels the frame', () => {
    const { fake, flushed, batcher } = setup(100);
    batcher.push(1);
    fake.fireTimers();
    expect(flushed).toEqual([[1]]);
    expect(fake.frames.size).toBe(0);
  });

  it('cancels the fallback timer when the frame flushes first', () => {
    const { fake, batcher } = setup();
    batcher.push(1);
    fake.frame();
    expect(fake.timers.size).toBe(0);
  });

  it('drops what is queued on clear (a snapshot replaced everything)', () => {
    const { fake, flushed, batcher } = setup();
    batcher.push(1);
    batcher.clear();
    fake.frame();
    fake.fireTimers();
    expect(flushed).toEqual([]);
    expect(fake.frames.size + fake.timers.size).toBe(0);
  });

  it('hands over immediately on flushNow, and never calls flush with nothing', () => {
    const { flushed, batcher } = setup();
    batcher.flushNow();
    batcher.push(7);
    batcher.flushNow();
    expect(flushed).toEqual([[7]]);
  });
});
