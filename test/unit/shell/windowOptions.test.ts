import { describe, expect, it } from 'vitest';
import { planWindows, type DisplayLike } from '../../../electron/shell/displays';
import { WINDOW_KINDS, WINDOW_TITLES, windowOptions } from '../../../electron/shell/windowOptions';

const laptop: DisplayLike = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const tv: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

describe('windowOptions', () => {
  it('leaves webPreferences to the BrowserWindow call (windows.test.ts checks them there)', () => {
    for (const kind of WINDOW_KINDS) expect(windowOptions(kind)).not.toHaveProperty('webPreferences');
  });

  it('titles the windows in Chinese and starts them hidden on a dark background', () => {
    expect(WINDOW_TITLES).toEqual({ console: 'LiveDeck 直播中控台 — 中控台', prompter: 'LiveDeck 直播中控台 — 提词器' });
    for (const kind of WINDOW_KINDS) {
      const opts = windowOptions(kind);
      expect(opts.title).toBe(WINDOW_TITLES[kind]);
      expect(opts.show).toBe(false);
      expect(opts.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('puts the prompter full screen on the second display', () => {
    const plan = planWindows([laptop, tv], 1);
    const opts = windowOptions('prompter', plan.prompter);
    expect(opts).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
  });

  it('passes the icon through only when given', () => {
    expect(windowOptions('console', undefined, { iconPath: '/i/256x256.png' }).icon).toBe('/i/256x256.png');
    expect(windowOptions('console')).not.toHaveProperty('icon');
  });
});
