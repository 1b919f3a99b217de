import { describe, expect, it } from 'vitest';
import { lintText, type Finding } from '../../../shared/domain/compliance';
import { slotTimerView, timerPhase, WARN_MS } from '../../../renderer/src/lib/slotTimer';
import { newestFirst } from '../../../renderer/src/store/alerts.slice';
import { prompterCues } from '../../../shared/domain/live/cueLifecycle';
import { prompterActions, usePrompterStore } from '../../../renderer/src/store/prompter.slice';
import { flagSpans } from '../../../renderer/src/views/prompter/flagSpans';
import { criticalForHost, CRITICAL_SHOW_MS, openQuestions } from '../../../renderer/src/views/prompter/hostLists';
import { alert, firedCue, T0 } from './support/fixtures';

const MIN = 60_000;

describe('slot timer', () => {
  it('is green with more than two minutes left, amber in the last two, red once over', () => {
    expect(WARN_MS).toBe(2 * MIN);
    expect(timerPhase(2 * MIN + 1)).toBe('ok');
    expect(timerPhase(2 * MIN)).toBe('warn');
    expect(timerPhase(0)).toBe('warn');
    expect(timerPhase(-1)).toBe('over');
  });

  it('counts down from start + planned minutes', () => {
    const v = slotTimerView(T0 + 10 * MIN, T0, T0 + 5 * MIN + 23_000);
    expect(v).toMatchObject({ phase: 'ok', text: '04:37', remainingSec: 277 });
    expect(v.progress).toBeCloseTo(0.5383, 3);
  });

  it('turns amber in the last two minutes', () => {
    expect(slotTimerView(T0 + 10 * MIN, T0, T0 + 8 * MIN + 30_000)).toMatchObject({ phase: 'warn', text: '01:30' });
  });

  it('counts up with a plus sign once over time, with a full bar', () => {
    const v = slotTimerView(T0 + 10 * MIN, T0, T0 + 11 * MIN + 5000);
    expect(v).toMatchObject({ phase: 'over', text: '+01:05', remainingSec: -65, progress: 1 });
  });

  it('keeps the bar within 0..1 before the start and for a zero-length slot', () => {
    expect(slotTimerView(T0 + MIN, T0, T0 - 5000).progress).toBe(0);
    expect(slotTimerView(T0, T0, T0).progress).toBe(0);
  });
});

describe('what the host sees', () => {
  it('mirrors the two newest critical alerts of the last three minutes', () => {
    const now = T0 + 10 * MIN;
    const alerts = [
      alert('old', { severity: 'critical', at: now - CRITICAL_SHOW_MS }),
      alert('warn', { severity: 'warning', at: now - 1000 }),
      alert('c1', { severity: 'critical', at: now - 60_000 }),
      alert('c2', { severity: 'critical', at: now - 1000 }),
      alert('c3', { severity: 'critical', at: now - 30_000 }),
    ];
    expect(criticalForHost(alerts, now).map((a) => a.id)).toEqual(['c2', 'c3']);
    expect(CRITICAL_SHOW_MS).toBe(3 * MIN);
  });

  it('lists pushed questions not yet answered, newest push first', () => {
    const q = (commentId: string, answeredAt: number | null) => ({ commentId, text: commentId, nickname: 'n', topic: null, pushedAt: T0, pushedBy: 'a', answeredAt });
    expect(openQuestions([q('a', null), q('b', T0), q('c', null)]).map((x) => x.commentId)).toEqual(['c', 'a']);
  });

  it('flashes fired cues not yet acknowledged, withdrawn or expired, newest first', () => {
    const fired = [
      firedCue('a'), firedCue('b', { ackedAt: T0, ackedBy: '主播' }), firedCue('c'),
      firedCue('d', { withdrawnAt: T0 }), firedCue('e', { expiresAt: T0 + 1000 }),
    ];
    expect(prompterCues(fired, null, T0 + 1000).map((c) => c.id)).toEqual(['c', 'a']);
    expect(prompterCues(fired, null, T0 + 999).map((c) => c.id)).toEqual(['e', 'c', 'a']);
  });

  it('sorts alerts newest first without changing the list it was given', () => {
    const list = [alert('a', { at: 1 }), alert('b', { at: 3 }), alert('c', { at: 2 })];
    expect(newestFirst(list).map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect(list.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('flagged script text', () => {
  const f = (start: number, end: number, text: string): Finding => ({
    start, end, text, rule: 'absolute-term', category: 'absolute', severity: 'error', params: { term: '最好' }, suggestion: '很好',
  });

  it('cuts the text into plain and flagged pieces in order', () => {
    const pieces = flagSpans('这是最佳的选择', [f(2, 4, '最佳')]);
    expect(pieces.map((p) => [p.text, p.finding ? 'flag' : 'plain'])).toEqual([['这是', 'plain'], ['最佳', 'flag'], ['的选择', 'plain']]);
  });

  it('skips findings that overlap an earlier one or run past the text', () => {
    const pieces = flagSpans('第一顶级好物', [f(0, 2, '第一'), f(1, 3, '一顶'), f(2, 4, '顶级'), f(5, 9, 'x')]);
    expect(pieces.map((p) => p.text)).toEqual(['第一', '顶级', '好物']);
    expect(pieces.filter((p) => p.finding).length).toBe(2);
  });

  it('returns the whole text as one plain piece without findings, and nothing for empty text', () => {
    expect(flagSpans('普通介绍', [])).toEqual([{ text: '普通介绍', finding: null }]);
    expect(flagSpans('', [])).toEqual([]);
  });

  it('always joins back to the original script, also with real lint findings', () => {
    const text = '全网最低价，国家级品质，100%纯棉，再不抢就没了';
    const pieces = flagSpans(text, lintText(text));
    expect(pieces.some((p) => p.finding)).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces) if (p.finding) expect(p.text).toBe(text.slice(p.finding.start, p.finding.end));
  });
});

describe('prompter settings', () => {
  it('keeps the scroll speed a whole level between 1 and 10', () => {
    prompterActions.setSpeed(12);
    expect(usePrompterStore.getState().speed).toBe(10);
    prompterActions.setSpeed(0);
    expect(usePrompterStore.getState().speed).toBe(1);
    prompterActions.setSpeed(3.6);
    expect(usePrompterStore.getState().speed).toBe(4);
  });

  it('keeps the text scale between 70 % and 160 % in 10 % steps', () => {
    prompterActions.setScale(2);
    expect(usePrompterStore.getState().scale).toBe(1.6);
    prompterActions.setScale(0.5);
    expect(usePrompterStore.getState().scale).toBe(0.7);
    prompterActions.setScale(1.04);
    expect(usePrompterStore.getState().scale).toBe(1);
  });
});
