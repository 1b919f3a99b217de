import { describe, expect, it } from 'vitest';
import { INITIAL_GUARD, pressGuard, type RepeatGuardState } from '../../../renderer/src/views/console/repeatGuard';

/** Presses at the given times (ms), returning which acted. */
function presses(times: number[], windowMs = 1500): boolean[] {
  let state: RepeatGuardState = INITIAL_GUARD;
  return times.map((t) => {
    const r = pressGuard(state, t, windowMs);
    state = r.state;
    return r.act;
  });
}

describe('take-next / skip repeat guard', () => {
  it('acts on the first press and ignores a double press (asking to confirm)', () => {
    expect(presses([0, 150])).toEqual([true, false]);
  });

  it('acts on the press that confirms, and then guards again', () => {
    expect(presses([0, 150, 900, 1000])).toEqual([true, false, true, false]);
  });

  it('acts on presses further apart than the window', () => {
    expect(presses([0, 1500, 3100])).toEqual([true, true, true]);
  });

  it('drops the question once it is no longer standing', () => {
    expect(presses([0, 150, 150 + 2500, 150 + 2600])).toEqual([true, false, true, false]);
  });

  it('is off with a zero window', () => {
    expect(presses([0, 10, 20], 0)).toEqual([true, true, true]);
  });
});
