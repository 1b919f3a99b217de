import { describe, expect, it } from 'vitest';
import { INITIAL_SHARING_STATE, nextSharingState, type SharingEvent, type SharingState } from '../../../electron/shell/sharingState';

const run = (state: SharingState, ...events: SharingEvent[]) => {
  const effects: string[] = [];
  for (const event of events) {
    const t = nextSharingState(state, event);
    state = t.state;
    effects.push(t.effect);
  }
  return { state, effects };
};

const toggle: SharingEvent = { type: 'toggle' };
const ALL_EVENTS: SharingEvent[] = [toggle, { type: 'confirmed' }, { type: 'cancelled' }, { type: 'restarted', sharing: true }, { type: 'restarted', sharing: false }, { type: 'hub-down' }, { type: 'quit' }];

describe('nextSharingState', () => {
  it('starts idle and not sharing', () => {
    expect(INITIAL_SHARING_STATE).toEqual({ phase: 'idle', sharing: false });
  });

  it('asks before sharing, then restarts towards the LAN', () => {
    expect(run(INITIAL_SHARING_STATE, toggle, { type: 'confirmed' }, { type: 'restarted', sharing: true })).toEqual({
      state: { phase: 'idle', sharing: true },
      effects: ['confirm', 'restart', 'none'],
    });
  });

  it('stops sharing at once, without asking', () => {
    expect(run({ phase: 'idle', sharing: true }, toggle)).toEqual({
      state: { phase: 'restarting', sharing: true, target: false },
      effects: ['restart'],
    });
    expect(run({ phase: 'idle', sharing: true }, toggle, { type: 'restarted', sharing: false }).state).toEqual({ phase: 'idle', sharing: false });
  });

  it('does nothing when the user cancels', () => {
    expect(run(INITIAL_SHARING_STATE, toggle, { type: 'cancelled' })).toEqual({ state: { phase: 'idle', sharing: false }, effects: ['confirm', 'none'] });
  });

  it('ignores clicks while the dialog is open or the hub restarts (double clicks restart once)', () => {
    const { effects } = run(INITIAL_SHARING_STATE, toggle, toggle, toggle, { type: 'confirmed' }, toggle, toggle, { type: 'confirmed' });
    expect(effects).toEqual(['confirm', 'none', 'none', 'restart', 'none', 'none', 'none']);
    expect(effects.filter((e) => e === 'restart')).toHaveLength(1);
  });

  it('reports what really came up: a failed share that fell back to loopback is "not sharing"', () => {
    expect(run(INITIAL_SHARING_STATE, toggle, { type: 'confirmed' }, { type: 'restarted', sharing: false }).state).toEqual({ phase: 'idle', sharing: false });
  });

  it('never claims sharing when no hub could start, and lets the user try again', () => {
    const down = run({ phase: 'idle', sharing: true }, toggle, { type: 'hub-down' });
    expect(down.state).toEqual({ phase: 'idle', sharing: false });
    expect(run(down.state, toggle).effects).toEqual(['confirm']);
  });

  it('ignores results that arrive in the wrong phase', () => {
    expect(run(INITIAL_SHARING_STATE, { type: 'restarted', sharing: true }, { type: 'confirmed' }, { type: 'hub-down' })).toEqual({
      state: INITIAL_SHARING_STATE,
      effects: ['none', 'none', 'none'],
    });
  });

  it('starts nothing once quitting, from any phase', () => {
    const phases: SharingState[] = [
      { phase: 'idle', sharing: false },
      { phase: 'idle', sharing: true },
      { phase: 'confirming', sharing: false },
      { phase: 'restarting', sharing: false, target: true },
    ];
    for (const state of phases) {
      const quitting = nextSharingState(state, { type: 'quit' });
      expect(quitting).toEqual({ state: { phase: 'quitting', sharing: state.sharing }, effect: 'none' });
      for (const event of ALL_EVENTS) expect(nextSharingState(quitting.state, event)).toEqual({ state: quitting.state, effect: 'none' });
    }
  });

  it('returns the same state object when nothing changes (no needless menu rebuilds)', () => {
    const s: SharingState = { phase: 'restarting', sharing: false, target: true };
    expect(nextSharingState(s, toggle).state).toBe(s);
  });
});
