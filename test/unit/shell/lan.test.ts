import { describe, expect, it } from 'vitest';
import {
  hubOptionsFor, hubStartAttempts, isShellHubUrl, joinCopyText, joinInfoDialog, joinInfoText, lanAddresses, lanUrls,
  shareConfirmDialog, sharingErrorText,
} from '../../../electron/shell/lan';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal });
const v6 = (address: string, internal = false) => ({ address, family: 'IPv6', internal });

describe('lanAddresses', () => {
  it('keeps non-internal IPv4 addresses only, each once', () => {
    const interfaces = {
      lo: [v4('127.0.0.1', true), v6('::1', true)],
      en0: [v6('fe80::1c2b:3aff:fe4d:5e6f'), v4('192.168.1.23')],
      en1: [v4('192.168.1.23')],
      utun3: [v6('fd00::5')],
    };
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.23']);
  });

  it('accepts the numeric family some Node 18 releases report', () => {
    expect(lanAddresses({ eth0: [{ address: '10.0.0.8', family: 4, internal: false }, { address: 'fe80::1', family: 6, internal: false }] })).toEqual(['10.0.0.8']);
  });

  it('lists the likely Wi-Fi address first: 192.168, then 10, then 172.16/12, others, link-local last', () => {
    const interfaces = {
      a: [v4('169.254.10.20')],
      b: [v4('203.0.113.9')],
      docker0: [v4('172.17.0.1')],
      c: [v4('10.1.2.3')],
      wlan0: [v4('192.168.31.7')],
      d: [v4('172.32.0.1')],
    };
    expect(lanAddresses(interfaces)).toEqual(['192.168.31.7', '10.1.2.3', '172.17.0.1', '203.0.113.9', '172.32.0.1', '169.254.10.20']);
  });

  it('ignores loopback, unspecified, malformed and missing entries', () => {
    const interfaces = {
      weird: [v4('127.0.1.1'), v4('0.0.0.0'), v4('256.1.1.1'), v4('192.168.1.1/24'), v4('http://x'), v4('')],
      none: undefined,
      empty: [],
    };
    expect(lanAddresses(interfaces)).toEqual([]);
    expect(lanAddresses({})).toEqual([]);
  });
});

describe('hub options for sharing', () => {
  const prev = { token: 'T0k3n', dataDir: '/data/LiveDeck', port: 43117 };

  it('shares on 0.0.0.0 and stops on 127.0.0.1, keeping token, data folder and port, passing no join code', () => {
    expect(hubOptionsFor(true, prev)).toEqual({ host: '0.0.0.0', port: 43117, token: 'T0k3n', dataDir: '/data/LiveDeck' });
    expect(hubOptionsFor(false, prev)).toEqual({ host: '127.0.0.1', port: 43117, token: 'T0k3n', dataDir: '/data/LiveDeck' });
    expect(hubOptionsFor(true, prev)).not.toHaveProperty('joinCode');
  });

  it('tries the same port first, then any free port', () => {
    expect(hubStartAttempts(true, prev).map((o) => `${o.host}:${o.port}`)).toEqual(['0.0.0.0:43117', '0.0.0.0:0']);
    expect(hubStartAttempts(false, prev).map((o) => `${o.host}:${o.port}`)).toEqual(['127.0.0.1:43117', '127.0.0.1:0']);
    expect(hubStartAttempts(false, { ...prev, port: 0 }).map((o) => `${o.host}:${o.port}`)).toEqual(['127.0.0.1:0']);
    for (const o of hubStartAttempts(true, prev)) expect(o).toMatchObject({ token: 'T0k3n', dataDir: '/data/LiveDeck' });
  });

  it('loads the hub only at http://127.0.0.1:<port>, also while it listens on the LAN', () => {
    expect(isShellHubUrl('http://127.0.0.1:43117/?token=t&role=host#/prompter')).toBe(true);
    for (const url of ['http://0.0.0.0:43117/', 'http://192.168.1.23:43117/', 'http://localhost:43117/', 'https://127.0.0.1:43117/',
      'http://127.0.0.1/', 'http://u:p@127.0.0.1:43117/', 'file:///x', 'not a url']) {
      expect(isShellHubUrl(url), url).toBe(false);
    }
  });
});

describe('join information', () => {
  it('lists one URL per LAN address and the code, in Chinese and in English', () => {
    expect(lanUrls(['192.168.1.23', '10.0.0.8'], 43117)).toEqual(['http://192.168.1.23:43117/', 'http://10.0.0.8:43117/']);
    expect(joinInfoText(['192.168.1.23', '10.0.0.8'], 43117, '482913', 'zh')).toBe([
      '在同一局域网的其他设备（手机、平板、电脑）上用浏览器打开：',
      '  http://192.168.1.23:43117/',
      '  http://10.0.0.8:43117/',
      '然后输入加入口令：482913',
    ].join('\n'));
    expect(joinInfoText(['192.168.1.23'], 43117, '482913', 'en')).toBe([
      'On another device on this network (phone, tablet, laptop), open in a browser:',
      '  http://192.168.1.23:43117/',
      'then enter the join code: 482913',
    ].join('\n'));
  });

  it('says so when the machine has no LAN address, still giving port and code', () => {
    const text = joinInfoText([], 43117, '482913', 'zh');
    expect(text).toContain('没有找到本机的局域网 IPv4 地址');
    expect(text).toContain('43117');
    expect(text).toContain('482913');
    expect(text).not.toContain('http://');
  });

  it('copies the URLs and the code', () => {
    expect(joinCopyText(['192.168.1.23'], 43117, '482913', 'zh')).toBe('http://192.168.1.23:43117/\n加入口令: 482913');
    expect(joinCopyText(['192.168.1.23', '10.0.0.8'], 5000, '000123', 'en')).toBe('http://192.168.1.23:5000/\nhttp://10.0.0.8:5000/\nJoin code: 000123');
    expect(joinCopyText([], 5000, '000123', 'en')).toBe('http://<IP>:5000/\nJoin code: 000123');
  });

  it('offers Copy in the join dialog and keeps OK as the default', () => {
    const zh = joinInfoDialog(['192.168.1.23'], 43117, '482913', 'zh');
    expect(zh.options.buttons).toEqual(['复制', '好']);
    expect(zh.options.buttons?.[zh.copyId]).toBe('复制');
    expect(zh.options).toMatchObject({ type: 'info', defaultId: 1, cancelId: 1, detail: joinInfoText(['192.168.1.23'], 43117, '482913', 'zh') });
    const en = joinInfoDialog([], 43117, '482913', 'en');
    expect(en.options.buttons?.[en.copyId]).toBe('Copy');
  });
});

describe('sharing dialogs', () => {
  it('explains the risk before sharing, with Cancel as the default', () => {
    for (const lang of ['zh', 'en'] as const) {
      const { options, confirmId } = shareConfirmDialog(lang);
      expect(options.type).toBe('warning');
      expect(options.defaultId).toBe(0);
      expect(options.cancelId).toBe(0);
      expect(confirmId).not.toBe(options.cancelId);
      expect(options.buttons).toHaveLength(2);
    }
    expect(shareConfirmDialog('zh').options.detail).toContain('同一 Wi-Fi');
    expect(shareConfirmDialog('zh').options.detail).toContain('加入口令');
    expect(shareConfirmDialog('en').options.detail).toMatch(/anyone on this Wi-Fi .* join code/);
    expect(shareConfirmDialog('zh').options.buttons?.[shareConfirmDialog('zh').confirmId]).toBe('允许局域网加入');
  });

  it('tells a fallback to loopback apart from a hub that is down, with the cause', () => {
    const fellBack = sharingErrorText('fell-back', new Error('listen EADDRINUSE: address already in use 0.0.0.0:43117'), 'zh');
    expect(fellBack.title).toBe('无法开启局域网加入');
    expect(fellBack.content).toContain('127.0.0.1');
    expect(fellBack.content).toContain('EADDRINUSE');
    const down = sharingErrorText('down', 'disk full', 'en');
    expect(down.title).toBe('The built-in hub could not start');
    expect(down.content).toContain('restart LiveDeck');
    expect(down.content).toContain('disk full');
    expect(sharingErrorText('down', 'x'.repeat(5000), 'en').content.length).toBeLessThan(700);
  });
});
