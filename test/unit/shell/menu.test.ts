import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, menuLanguage, type MenuActions } from '../../../electron/shell/menu';

function actions(calls: string[]): MenuActions {
  return {
    openPrompter: () => calls.push('prompter'),
    openConsole: () => calls.push('console'),
    openInBrowser: () => calls.push('browser'),
    about: () => calls.push('about'),
  };
}
const items = (t: MenuItemConstructorOptions[]) => t.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));

describe('buildMenuTemplate', () => {
  it('has the Chinese menus 文件/视图/窗口/帮助', () => {
    const t = buildMenuTemplate({ isPackaged: true, platform: 'win32', locale: 'zh-CN', actions: actions([]) });
    expect(t.map((m) => m.label)).toEqual(['文件', '视图', '窗口', '帮助']);
    expect(items(t).map((i) => i.label)).toEqual(expect.arrayContaining(['打开提词器', '全屏', '重新加载', '在浏览器中打开中控台']));
  });

  it('offers DevTools only in development builds', () => {
    const dev = items(buildMenuTemplate({ isPackaged: false, platform: 'linux', locale: 'zh-CN', actions: actions([]) }));
    const packaged = items(buildMenuTemplate({ isPackaged: true, platform: 'linux', locale: 'zh-CN', actions: actions([]) }));
    expect(dev.map((i) => i.role)).toContain('toggleDevTools');
    expect(packaged.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(packaged.map((i) => i.role)).not.toContain('forceReload');
    expect(packaged.map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'togglefullscreen', 'quit']));
  });

  it('wires the window items to the shell actions', () => {
    const calls: string[] = [];
    const t = buildMenuTemplate({ isPackaged: true, platform: 'linux', locale: 'zh-CN', actions: actions(calls) });
    for (const item of items(t)) (item.click as (() => void) | undefined)?.();
    expect(calls.sort()).toEqual(['about', 'browser', 'console', 'prompter']);
  });

  it('adds the macOS app menu on darwin and switches to English for an English system', () => {
    const t = buildMenuTemplate({ isPackaged: true, platform: 'darwin', locale: 'en-US', actions: actions([]) });
    expect(t[0]?.role).toBe('appMenu');
    expect(t.slice(1).map((m) => m.label)).toEqual(['File', 'View', 'Window', 'Help']);
    expect(menuLanguage('zh-TW')).toBe('zh');
    expect(menuLanguage('zh-Hant-HK')).toBe('zh');
    expect(menuLanguage('')).toBe('zh');
    expect(menuLanguage('ja')).toBe('en');
    expect(menuLanguage('en-GB')).toBe('en');
  });
});
