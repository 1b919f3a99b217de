import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DOUYIN_PARTITION, douyinNavigation, douyinPermission, douyinStartUrl, douyinWindowOpen,
} from '../../../../electron/shell/douyinWindowPolicy';
import { defaultDouyinRules } from '../../../../shared/connectors/douyin';

const rules = defaultDouyinRules();

describe('Douyin console window policy', () => {
  it('is isolated: its own persistent partition, no preload, sandboxed, no Node', () => {
    expect(DOUYIN_PARTITION).toBe('persist:douyin-console');
    // The window's webPreferences are written literally at its one `new BrowserWindow` (Electronegativity reads them there).
    const src = readFileSync(fileURLToPath(new URL('../../../../electron/shell/douyinWindow.ts', import.meta.url)), 'utf8');
    const prefs = src.slice(src.indexOf('webPreferences: {'), src.indexOf('},', src.indexOf('webPreferences: {')));
    for (const line of ['partition: DOUYIN_PARTITION', 'sandbox: true', 'contextIsolation: true', 'nodeIntegration: false',
      'nodeIntegrationInWorker: false', 'nodeIntegrationInSubFrames: false', 'webSecurity: true', 'webviewTag: false', 'devTools: false']) {
      expect(prefs).toContain(line);
    }
    expect(prefs).not.toContain('preload');
  });

  it('navigates only within the rules\' platform domains; other https goes to the system browser; the rest is refused', () => {
    expect(douyinNavigation(rules, 'https://buyin.jinritemai.com/dashboard/live/control')).toBe('allow');
    expect(douyinNavigation(rules, 'https://compass.jinritemai.com/screen/anchor/talent')).toBe('allow');
    expect(douyinNavigation(rules, 'https://sso.douyin.com/login')).toBe('allow');
    expect(douyinNavigation(rules, 'https://evil.example/phish')).toBe('external');
    expect(douyinNavigation(rules, 'https://jinritemai.com.evil.example/')).toBe('external');
    expect(douyinNavigation(rules, 'http://buyin.jinritemai.com/')).toBe('deny');
    expect(douyinNavigation(rules, 'file:///etc/passwd')).toBe('deny');
    expect(douyinNavigation(rules, 'javascript:alert(1)')).toBe('deny');
    expect(douyinNavigation(rules, 'http://127.0.0.1:4000/?token=x')).toBe('deny');
  });

  it('never opens a new window: platform pages load in the console window, others go out or are refused', () => {
    expect(douyinWindowOpen(rules, 'https://buyin.jinritemai.com/goods/1')).toBe('same-window');
    expect(douyinWindowOpen(rules, 'https://example.com/')).toBe('external');
    expect(douyinWindowOpen(rules, 'data:text/html,hi')).toBe('deny');
  });

  it('denies every permission and starts at the chosen console', () => {
    for (const p of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) expect(douyinPermission(p)).toBe(false);
    expect(douyinStartUrl(rules, 'buyin')).toBe(rules.pages.buyinConsole);
    expect(douyinStartUrl(rules, 'compass')).toBe(rules.pages.compassScreen);
  });
});
