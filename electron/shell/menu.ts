// The native menu: Chinese first, English when the system speaks another language. Pure: returns a
// template that main.ts hands to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openPrompter(): void;
  openConsole(): void;
  openInBrowser(): void;
  about(): void;
}

export interface MenuContext {
  isPackaged: boolean;
  platform: NodeJS.Platform | string;
  locale: string;
  actions: MenuActions;
}

const LABELS = {
  zh: {
    file: '文件', openInBrowser: '在浏览器中打开中控台', quit: '退出',
    view: '视图', reload: '重新加载', forceReload: '强制重新加载', devTools: '开发者工具',
    resetZoom: '实际大小', zoomIn: '放大', zoomOut: '缩小', fullscreen: '全屏',
    window: '窗口', console: '中控台', prompter: '打开提词器', minimize: '最小化', close: '关闭窗口',
    help: '帮助', about: '关于 LiveDeck 直播中控台',
  },
  en: {
    file: 'File', openInBrowser: 'Open Console in Browser', quit: 'Quit',
    view: 'View', reload: 'Reload', forceReload: 'Force Reload', devTools: 'Developer Tools',
    resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullscreen: 'Full Screen',
    window: 'Window', console: 'Console', prompter: 'Open Prompter', minimize: 'Minimize', close: 'Close Window',
    help: 'Help', about: 'About LiveDeck',
  },
} as const;

/** Chinese for Chinese systems (and when the locale is unknown), English for every other language. */
export function menuLanguage(locale: string): keyof typeof LABELS {
  return locale === '' || /^zh\b/i.test(locale) ? 'zh' : 'en';
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = LABELS[menuLanguage(ctx.locale)];
  const { actions } = ctx;
  const devOnly: MenuItemConstructorOptions[] = ctx.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'forceReload', label: t.forceReload }, { role: 'toggleDevTools', label: t.devTools }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.openInBrowser, click: () => actions.openInBrowser() },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        ...devOnly,
        { type: 'separator' },
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    {
      label: t.window,
      submenu: [
        { label: t.console, accelerator: 'CmdOrCtrl+1', click: () => actions.openConsole() },
        { label: t.prompter, accelerator: 'CmdOrCtrl+2', click: () => actions.openPrompter() },
        { type: 'separator' },
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    { label: t.help, submenu: [{ label: t.about, click: () => actions.about() }] },
  ];
  if (ctx.platform === 'darwin') template.unshift({ role: 'appMenu', label: 'LiveDeck' });
  return template;
}
