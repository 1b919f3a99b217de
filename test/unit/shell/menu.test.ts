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

describe('the 团队 / Team menu', () => {
  const team = (calls: string[], state: { sharing: boolean; busy: boolean }) => ({
    ...state,
    toggleSharing: () => calls.push('toggle'),
    showJoinCode: () => calls.push('code'),
  });
  const teamItems = (t: MenuItemConstructorOptions[], label: string) => {
    const menu = t.find((m) => m.label === label);
    return Array.isArray(menu?.submenu) ? menu.submenu : [];
  };

  it('sits before Help, with a LAN checkbox and the join code, in Chinese and English', () => {
    const zh = buildMenuTemplate({ isPackaged: true, platform: 'win32', locale: 'zh-CN', actions: actions([]), team: team([], { sharing: false, busy: false }) });
    expect(zh.map((m) => m.label)).toEqual(['文件', '视图', '窗口', '团队', '帮助']);
    expect(teamItems(zh, '团队').map((i) => [i.label, i.type ?? 'normal'])).toEqual([['允许局域网加入…', 'checkbox'], ['显示加入口令', 'normal']]);
    const en = buildMenuTemplate({ isPackaged: true, platform: 'darwin', locale: 'en-US', actions: actions([]), team: team([], { sharing: false, busy: false }) });
    expect(en.slice(1).map((m) => m.label)).toEqual(['File', 'View', 'Window', 'Team', 'Help']);
    expect(teamItems(en, 'Team').map((i) => i.label)).toEqual(['Share on LAN…', 'Show Join Code']);
  });

  it('ticks the checkbox from the real sharing state and disables both items while busy', () => {
    const menu = (state: { sharing: boolean; busy: boolean }) =>
      teamItems(buildMenuTemplate({ isPackaged: true, platform: 'linux', locale: 'zh-CN', actions: actions([]), team: team([], state) }), '团队')
        .map((i) => ({ checked: i.checked, enabled: i.enabled }));
    expect(menu({ sharing: false, busy: false })).toEqual([{ checked: false, enabled: true }, { checked: undefined, enabled: false }]);
    expect(menu({ sharing: true, busy: false })).toEqual([{ checked: true, enabled: true }, { checked: undefined, enabled: true }]);
    expect(menu({ sharing: true, busy: true })).toEqual([{ checked: true, enabled: false }, { checked: undefined, enabled: false }]);
  });

  it('wires the items to the sharing actions', () => {
    const calls: string[] = [];
    const t = buildMenuTemplate({ isPackaged: true, platform: 'linux', locale: 'zh-CN', actions: actions([]), team: team(calls, { sharing: true, busy: false }) });
    for (const item of teamItems(t, '团队')) (item.click as (() => void) | undefined)?.();
    expect(calls).toEqual(['toggle', 'code']);
  });
});
