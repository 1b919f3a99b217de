import { describe, expect, it } from 'vitest';
import { choosePrompterDisplay, planWindows, type DisplayLike } from '../../../electron/shell/displays';

const d = (id: number, x: number, width: number, height: number, internal = false): DisplayLike => ({
  id, internal, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 },
});

describe('choosePrompterDisplay', () => {
  it('returns null with a single display', () => {
    expect(choosePrompterDisplay([d(1, 0, 1920, 1080)], 1)).toBeNull();
    expect(choosePrompterDisplay([], 1)).toBeNull();
  });

  it('returns the other display when there are two', () => {
    expect(choosePrompterDisplay([d(1, 0, 1920, 1080), d(7, 1920, 1280, 720)], 1)?.id).toBe(7);
    expect(choosePrompterDisplay([d(1, 0, 1920, 1080), d(7, 1920, 1280, 720)], 7)?.id).toBe(1);
  });

  it('prefers an external screen over a built-in panel, then the largest, then the lowest id', () => {
    const primary = d(1, 0, 2560, 1440);
    const laptopPanel = d(2, -1440, 3024, 1964, true);
    const smallTv = d(3, 2560, 1280, 720);
    const bigTv = d(4, 3840, 3840, 2160);
    expect(choosePrompterDisplay([primary, laptopPanel, smallTv, bigTv], 1)?.id).toBe(4);
    expect(choosePrompterDisplay([primary, laptopPanel, smallTv], 1)?.id).toBe(3);
    expect(choosePrompterDisplay([primary, laptopPanel], 1)?.id).toBe(2);
    expect(choosePrompterDisplay([primary, d(9, 0, 1280, 720), d(5, 0, 1280, 720)], 1)?.id).toBe(5);
  });

  it('ignores displays with no area', () => {
    expect(choosePrompterDisplay([d(1, 0, 1920, 1080), d(2, 0, 0, 0)], 1)).toBeNull();
  });
});

describe('planWindows', () => {
  it('splits the primary work area when there is one display: console left, prompter beside it', () => {
    const plan = planWindows([d(1, 0, 1920, 1080)], 1);
    expect(plan.prompterMode).toBe('beside');
    expect(plan.prompterDisplayId).toBeNull();
    expect(plan.console).toEqual({ bounds: { x: 0, y: 0, width: 1190, height: 1040 }, fullscreen: false });
    expect(plan.prompter).toEqual({ bounds: { x: 1190, y: 0, width: 730, height: 1040 }, fullscreen: false });
  });

  it('gives the console the primary work area and the prompter the second display, full screen', () => {
    const plan = planWindows([d(1, 0, 1920, 1080), d(2, 1920, 1280, 720)], 1);
    expect(plan.prompterMode).toBe('second-display');
    expect(plan.prompterDisplayId).toBe(2);
    expect(plan.console).toEqual({ bounds: { x: 0, y: 0, width: 1920, height: 1040 }, fullscreen: false });
    expect(plan.prompter).toEqual({ bounds: { x: 1920, y: 0, width: 1280, height: 720 }, fullscreen: true });
  });

  it('still plans sensible windows when the display list is empty', () => {
    const plan = planWindows([], 1);
    expect(plan.prompterMode).toBe('beside');
    expect(plan.console.bounds.width + plan.prompter.bounds.width).toBe(1440);
  });
});
