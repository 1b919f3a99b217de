import { describe, expect, it, vi } from 'vitest';
import { isTypingTarget, keyName, routeKey, type HotkeyLayer, type KeyPress, type KeyTarget } from '../../../renderer/src/services/hotkeys';
import { commentKeymap, consoleKeymap } from '../../../renderer/src/views/console/consoleKeys';
import { prompterKeymap, stepSection } from '../../../renderer/src/views/prompter/prompterKeys';

const body: KeyTarget = { tagName: 'BODY' };
const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, defaultPrevented: false, repeat: false, target: body, ...over,
});
const ev = {} as KeyboardEvent;

/** Runs a key through the layers like the window listener does; returns whether something ran. */
function hit<H extends (e: KeyboardEvent) => void>(layers: HotkeyLayer<H>[], p: KeyPress) {
  const r = routeKey(p, layers);
  if (r.kind === 'run') r.handler(ev);
  return r.kind;
}

describe('hotkeys: where keys are ignored', () => {
  it('treats text inputs, textareas, selects and contenteditable as typing', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('does not treat buttons, checkboxes and plain elements as typing', () => {
    for (const type of ['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color']) {
      expect(isTypingTarget({ tagName: 'INPUT', type })).toBe(false);
    }
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('ignores bound keys while typing in a field, and Esc there only leaves the field', () => {
    const n = vi.fn();
    const layers = [{ map: { n, Escape: vi.fn() }, modal: false }];
    expect(hit(layers, press('n', { target: { tagName: 'INPUT', type: 'text' } }))).toBe('ignore');
    expect(hit(layers, press('n', { target: { tagName: 'TEXTAREA' } }))).toBe('ignore');
    expect(hit(layers, press('n', { target: { tagName: 'DIV', isContentEditable: true } }))).toBe('ignore');
    expect(routeKey(press('Escape', { target: { tagName: 'TEXTAREA' } }), layers)).toEqual({ kind: 'blur' });
    expect(n).not.toHaveBeenCalled();
  });

  it('leaves Ctrl/⌘/Alt combinations, IME composition and handled events alone', () => {
    const n = vi.fn();
    const layers = [{ map: { n }, modal: false }];
    for (const over of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }, { isComposing: true }, { defaultPrevented: true }]) {
      expect(hit(layers, press('n', over))).toBe('ignore');
    }
    expect(n).not.toHaveBeenCalled();
  });

  it('lets Enter and Space on a focused button or link belong to that control', () => {
    const enter = vi.fn();
    const layers = [{ map: { Enter: enter, ' ': vi.fn() }, modal: false }];
    expect(hit(layers, press('Enter', { target: { tagName: 'BUTTON' } }))).toBe('ignore');
    expect(hit(layers, press(' ', { target: { tagName: 'A' } }))).toBe('ignore');
    expect(hit(layers, press('Enter'))).toBe('run');
    expect(enter).toHaveBeenCalledTimes(1);
  });

  it('repeats only arrow keys when a key is held down', () => {
    const n = vi.fn();
    const up = vi.fn();
    const layers = [{ map: { n, ArrowUp: up }, modal: false }];
    expect(hit(layers, press('n', { repeat: true }))).toBe('ignore');
    expect(hit(layers, press('ArrowUp', { repeat: true }))).toBe('run');
    expect([n.mock.calls.length, up.mock.calls.length]).toEqual([0, 1]);
  });
});

describe('hotkeys: key → binding', () => {
  it('normalises letters to lower case (Shift+N still takes next) and keeps named keys', () => {
    expect(keyName({ key: 'N' })).toBe('n');
    expect(keyName({ key: '?' })).toBe('?');
    expect(keyName({ key: 'ArrowDown' })).toBe('ArrowDown');
  });

  it('lets the newest layer shadow older ones and falls through for keys it does not bind', () => {
    const older = { n: vi.fn(), s: vi.fn() };
    const newer = { n: vi.fn() };
    const layers = [{ map: older, modal: false }, { map: newer, modal: false }];
    hit(layers, press('n'));
    hit(layers, press('s'));
    expect(newer.n).toHaveBeenCalledTimes(1);
    expect(older.n).not.toHaveBeenCalled();
    expect(older.s).toHaveBeenCalledTimes(1);
  });

  it('swallows every other key while a modal layer (the ? overlay) is open', () => {
    const view = consoleOps();
    const overlay = { Escape: vi.fn(), '?': vi.fn() };
    const layers = [{ map: consoleKeymap(view), modal: false }, { map: overlay, modal: true }];
    expect(hit(layers, press('n'))).toBe('ignore');
    expect(hit(layers, press('?'))).toBe('run');
    expect(view.takeNext).not.toHaveBeenCalled();
    expect(view.toggleHelp).not.toHaveBeenCalled();
    expect(overlay['?']).toHaveBeenCalledTimes(1);
  });
});

function consoleOps() {
  return { takeNext: vi.fn(), skipNext: vi.fn(), fireNextPlannedCue: vi.fn(), toggleOnAirSoldOut: vi.fn(), toggleHelp: vi.fn() };
}

describe('console and prompter key maps', () => {
  it('maps N, S, C, O and ? to take next, skip, fire cue, sold out and help', () => {
    const ops = consoleOps();
    const layers = [{ map: consoleKeymap(ops), modal: false }];
    for (const key of ['N', 's', 'c', 'o', '?']) expect(hit(layers, press(key))).toBe('run');
    for (const fn of Object.values(ops)) expect(fn).toHaveBeenCalledTimes(1);
  });

  it('maps ↑/↓ to moving the comment selection, Esc to clearing it, P and A to push and answer', () => {
    const ops = { move: vi.fn(), clearSelection: vi.fn(), pushSelected: vi.fn(), answerSelected: vi.fn() };
    const layers = [{ map: commentKeymap(ops), modal: false }];
    for (const key of ['ArrowUp', 'ArrowDown', 'Escape', 'p', 'a']) hit(layers, press(key));
    expect(ops.move.mock.calls).toEqual([[-1], [1]]);
    expect([ops.clearSelection, ops.pushSelected, ops.answerSelected].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('maps PageDown/PageUp, Enter, M, +/− and ? on the prompter (clicker keys)', () => {
    const ops = { stepSection: vi.fn(), ackNewestCue: vi.fn(), toggleMirror: vi.fn(), changeSpeed: vi.fn(), toggleHelp: vi.fn() };
    const layers = [{ map: prompterKeymap(ops), modal: false }];
    for (const key of ['PageDown', 'PageUp', 'Enter', 'M', '+', '-', '?']) hit(layers, press(key));
    expect(ops.stepSection.mock.calls).toEqual([[1], [-1]]);
    expect(ops.changeSpeed.mock.calls).toEqual([[1], [-1]]);
    expect([ops.ackNewestCue.mock.calls.length, ops.toggleMirror.mock.calls.length, ops.toggleHelp.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it('steps the prompter section from none to the first, stopping at both ends', () => {
    expect(stepSection(null, 1)).toBe('opening');
    expect(stepSection(null, -1)).toBe('opening');
    expect(stepSection('opening', 1)).toBe('sellingPoints');
    expect(stepSection('priceMechanism', -1)).toBe('sellingPoints');
    expect(stepSection('afterSales', 1)).toBe('afterSales');
    expect(stepSection('opening', -1)).toBe('opening');
  });
});
