/**
 * The shell's own words (native menus and the LAN-sharing dialogs), the one table of them. The
 * shell cannot import the renderer's i18n; zh first, en must have exactly the same keys.
 */
const zh = {
  menu: {
    file: '文件', openInBrowser: '在浏览器中打开中控台', quit: '退出',
    view: '视图', reload: '重新加载', forceReload: '强制重新加载', devTools: '开发者工具',
    resetZoom: '实际大小', zoomIn: '放大', zoomOut: '缩小', fullscreen: '全屏',
    window: '窗口', console: '中控台', prompter: '打开提词器', minimize: '最小化', close: '关闭窗口',
    team: '团队', shareOnLan: '允许局域网加入…', showJoinCode: '显示加入口令',
    help: '帮助', about: '关于 LiveDeck 直播中控台',
  },
  lan: {
    confirmTitle: '允许局域网加入',
    confirmMessage: '允许同一局域网的设备加入本场直播？',
    confirmRisk: '开启后，连在同一 Wi-Fi / 局域网上的任何人只要知道加入口令，就能打开本场直播的中控台和提词器。',
    confirmAfter: '开启时内置服务会重启，已打开的窗口将重新加载；随时可在「团队」菜单中关闭。',
    cancel: '取消', enable: '允许局域网加入',
    joinTitle: '局域网加入', joinMessage: '局域网加入已开启',
    openOn: '在同一局域网的其他设备（手机、平板、电脑）上用浏览器打开：',
    noAddress: '没有找到本机的局域网 IPv4 地址：请先连接 Wi-Fi 或网线。端口：',
    enterCode: '然后输入加入口令：',
    copy: '复制', ok: '好',
    copyCode: '加入口令',
    failedTitle: '无法开启局域网加入',
    fellBack: '内置服务已恢复为仅本机访问（127.0.0.1），局域网设备无法加入。',
    downTitle: '内置服务无法启动',
    down: '内置服务已停止，窗口无法连接。请重新启动 LiveDeck。',
  },
} as const;

const en = {
  menu: {
    file: 'File', openInBrowser: 'Open Console in Browser', quit: 'Quit',
    view: 'View', reload: 'Reload', forceReload: 'Force Reload', devTools: 'Developer Tools',
    resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullscreen: 'Full Screen',
    window: 'Window', console: 'Console', prompter: 'Open Prompter', minimize: 'Minimize', close: 'Close Window',
    team: 'Team', shareOnLan: 'Share on LAN…', showJoinCode: 'Show Join Code',
    help: 'Help', about: 'About LiveDeck',
  },
  lan: {
    confirmTitle: 'Share on LAN',
    confirmMessage: 'Let devices on this network join the show?',
    confirmRisk: 'Once on, anyone on this Wi-Fi or LAN who knows the join code can open this show’s console and prompter.',
    confirmAfter: 'The built-in hub restarts and open windows reload; turn it off any time from the Team menu.',
    cancel: 'Cancel', enable: 'Share on LAN',
    joinTitle: 'Join over LAN', joinMessage: 'LAN sharing is on',
    openOn: 'On another device on this network (phone, tablet, laptop), open in a browser:',
    noAddress: 'No LAN IPv4 address found for this machine: connect to Wi-Fi or a cable first. Port: ',
    enterCode: 'then enter the join code: ',
    copy: 'Copy', ok: 'OK',
    copyCode: 'Join code',
    failedTitle: 'Could not share on LAN',
    fellBack: 'The built-in hub is back on this computer only (127.0.0.1); devices on the LAN cannot join.',
    downTitle: 'The built-in hub could not start',
    down: 'The built-in hub has stopped and the windows cannot connect. Please restart LiveDeck.',
  },
} satisfies { [S in keyof typeof zh]: Record<keyof (typeof zh)[S], string> };

export const SHELL_TEXT = { zh, en };
export type ShellLanguage = keyof typeof SHELL_TEXT;
export type MenuText = (typeof SHELL_TEXT)[ShellLanguage]['menu'];
