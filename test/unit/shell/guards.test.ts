import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardWebContents, type GuardDeps } from '../../../electron/shell/guards';

const HUB = 'http://127.0.0.1:43117';

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function setup(hubOrigin: string | null = HUB) {
  const contents = new FakeContents();
  const opened: string[] = [];
  const blocked: string[] = [];
  const deps: GuardDeps = {
    getHubOrigin: () => hubOrigin,
    openLink: (url) => opened.push(url),
    onBlocked: (what, url) => blocked.push(`${what} ${url}`),
  };
  guardWebContents(contents as unknown as WebContents, deps);
  const navigate = (event: string, url: string) => {
    let prevented = false;
    contents.emit(event, { url, preventDefault: () => { prevented = true; } });
    return prevented;
  };
  return { contents, opened, blocked, navigate };
}

describe('guardWebContents', () => {
  it('lets a window move between hub routes', () => {
    const { navigate, blocked } = setup();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(navigate(event, `${HUB}/?token=t&role=host#/prompter`)).toBe(false);
    }
    expect(blocked).toEqual([]);
  });

  it('stops navigation, redirects and frame navigation away from the hub', () => {
    const { navigate, blocked } = setup();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(navigate(event, 'https://evil.example/phish')).toBe(true);
      expect(navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(navigate(event, 'http://127.0.0.1:1/')).toBe(true);
    }
    expect(blocked).toHaveLength(9);
  });

  it('stops every navigation before the hub is up', () => {
    const { navigate } = setup(null);
    expect(navigate('will-navigate', `${HUB}/`)).toBe(true);
  });

  it('never opens a new window; https links go to the system browser, others nowhere', () => {
    const { contents, opened, blocked } = setup();
    for (const url of ['https://www.douyin.com/', `${HUB}/#/console`, 'http://example.com/', 'file:///C:/x.exe', 'javascript:alert(1)']) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.douyin.com/']);
    expect(blocked).toEqual([`new-window ${HUB}/#/console`, 'new-window http://example.com/', 'new-window file:///C:/x.exe', 'new-window javascript:alert(1)']);
  });

  it('prevents every <webview> from attaching', () => {
    const { contents, blocked } = setup();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => { prevented = true; } }, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(prevented).toBe(true);
    expect(blocked).toEqual(['webview https://evil.example/']);
  });
});
