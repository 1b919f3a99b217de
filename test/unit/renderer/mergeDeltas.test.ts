import { describe, expect, it } from 'vitest';
import { mergeDeltas, SECTION_MERGERS } from '../../../renderer/src/services/mergeDeltas';
import { DELTA_SECTION_KEYS, DELTA_SECTIONS } from '../../../shared/protocol';
import { alert, comment, delta, firedCue, liveOnAir, metrics, show, T0 } from './support/fixtures';

describe('mergeDeltas follows the table of delta sections', () => {
  it('has one merger per section of the table, and none besides', () => {
    expect(Object.keys(SECTION_MERGERS).sort()).toEqual([...DELTA_SECTION_KEYS].sort());
  });

  it('appends the append sections in order and keeps the last of each replace section', () => {
    const m = mergeDeltas([
      delta(1, { comments: [comment('a')], cues: [firedCue('k1')], alerts: [alert('x')], show: { rev: 1, show: show() } }),
      delta(2, { live: liveOnAir('s1'), cues: [firedCue('k2')] }),
      delta(3, { comments: [comment('b'), comment('c')], alerts: [], live: liveOnAir('s2', 'p2') }),
    ]);
    expect(m.seq).toBe(3);
    expect(m.comments.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(m.sections.cues!.map((c) => c.id)).toEqual(['k2']);
    expect(m.sections.alerts).toEqual([]);
    expect(m.sections.live!.onAirSlotId).toBe('s2');
    expect(m.sections.show!.rev).toBe(1);
    expect(m.sections.metrics).toBeUndefined();
    expect('comments' in m.sections).toBe(false);
  });

  it('a section with no rule of its own is replaced', () => {
    const replaced = DELTA_SECTION_KEYS.filter((k) => DELTA_SECTIONS[k] === 'replace');
    expect(replaced).toEqual(['show', 'live', 'cues', 'qa', 'alerts', 'peers', 'settings', 'sources', 'storage', 'actions']);
    const m = mergeDeltas([delta(1, { metrics: metrics(T0) }), delta(2, { metrics: metrics(T0 + 100) })]);
    expect(m.sections.metrics!.asOf).toBe(T0 + 100);
  });
});
