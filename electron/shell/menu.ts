// The native menu: Chinese first, English when the system speaks another language. Pure: returns a
// template that main.ts hands to Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';
import { SHELL_TEXT, type MenuText, type ShellLanguage } from './shellText';

export interface MenuActions {
  openPrompter(): void;
  openConsole(): void;
  openInBrowser(): void;
  about(): void;
}

/** The 团队 / Team menu: LAN sharing of the embedded hub (issue 5, "the team"). */
export interface TeamMenu {
  /** The hub listens on the LAN (with a join code): the checkbox is ticked. */
  sharing: boolean;
  /** A confirmation or a hub restart is under way: both items are disabled until it ends. */
  busy: boolean;
  toggleSharing(): void;
  showJoinCode(): void;
}

export interface MenuContext {
  isPackaged: boolean;
  platform: NodeJS.Platform | string;
  locale: string;
  actions: MenuActions;
  /** Absent: no Team menu (e.g. a shell without an embedded hub). */
  team?: TeamMenu;
}




/** Chinese for Chinese systems (and when the locale is unknown), English for every other language. */
export function menuLanguage(locale: string): ShellLanguage {
  return locale === '' || /^zh\b/i.test(locale) ? 'zh' : 'en';
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = SHELL_TEXT[menuLanguage(ctx.locale)].menu;
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
    ...(ctx.team ? [teamMenu(t, ctx.team)] : []),
    { label: t.help, submenu: [{ label: t.about, click: () => actions.about() }] },
  ];
  if (ctx.platform === 'darwin') template.unshift({ role: 'appMenu', label: 'LiveDeck' });
  return template;
}

function teamMenu(t: MenuText, team: TeamMenu): MenuItemConstructorOptions {
  return {
    label: t.team,
    submenu: [
      // Electron flips a checkbox on click by itself; main.ts rebuilds the menu from the real state
      // after every change, so a cancelled confirmation or a failed restart shows the truth.
      { label: t.shareOnLan, type: 'checkbox', checked: team.sharing, enabled: !team.busy, click: () => team.toggleSharing() },
      { label: t.showJoinCode, enabled: team.sharing && !team.busy, click: () => team.showJoinCode() },
    ],
  };
}
