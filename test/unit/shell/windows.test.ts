// Every window the shell opens, on every display layout and in both builds, gets the secure
// webPreferences written at its `new BrowserWindow` call (electron/shell/windows.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplayLike } from '../../../electron/shell/displays';
import { expectedSecurePrefs } from './support/securePrefs';

const state = vi.hoisted(() => ({
  made: [] as Array<{ options: Record<string, unknown> & { webPreferences?: Record<string, unknown> } }>,
  displays: [] as DisplayLike[],
}));
const { made } = state;

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter {
    webContents = new EventEmitter();
    constructor(public options: Record<string, unknown>) {
      super();
      state.made.push(this as never);
    }
    loadURL() { return Promise.resolve(); }
    isDestroyed() { return false; }
  }
  return { BrowserWindow, screen: { getAllDisplays: () => state.displays, getPrimaryDisplay: () => state.displays[0] } };
});

const { createWindowManager } = await import('../../../electron/shell/windows');
const { WINDOW_KINDS } = await import('../../../electron/shell/windowOptions');

const PRELOAD = '/opt/LiveDeck/resources/app.asar/dist/electron/preload.js';
const laptop: DisplayLike = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const tv: DisplayLike = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

beforeEach(() => { made.length = 0; });

describe('createWindowManager', () => {
  it('opens every window kind, on every display layout and in both builds, with the secure webPreferences', () => {
    let checked = 0;
    for (const layout of [[laptop], [laptop, tv], [tv, laptop]]) {
      for (const devTools of [true, false]) {
        state.displays = layout;
        made.length = 0;
        const windows = createWindowManager({ urls: { console: 'http://127.0.0.1:1/', prompter: 'http://127.0.0.1:1/' }, preloadPath: PRELOAD, devTools, log: () => undefined });
        for (const kind of WINDOW_KINDS) windows.open(kind);
        expect(made).toHaveLength(WINDOW_KINDS.length);
        for (const win of made) {
          expect(win.options.webPreferences).toEqual({ ...expectedSecurePrefs(PRELOAD), devTools });
          checked++;
        }
      }
    }
    expect(checked).toBe(3 * 2 * WINDOW_KINDS.length);
  });

  it('takes titles and placement from windowOptions (the prompter full screen on the TV)', () => {
    state.displays = [laptop, tv];
    const windows = createWindowManager({ urls: { console: 'http://127.0.0.1:1/', prompter: 'http://127.0.0.1:1/' }, preloadPath: PRELOAD, devTools: false, log: () => undefined });
    windows.open('prompter');
    expect(made[0]!.options).toMatchObject({ title: 'LiveDeck 直播中控台 — 提词器', x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true, show: false });
  });
});
