import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BRIDGE_CHANNELS,
  IPC_CHANNELS,
  ipcArgs,
  ipcResults,
  MAX_IPC_BASE64_CHARS,
  type IpcChannel,
} from '../../../shared/protocol/ipc';
import {
  IpcArgumentError,
  IpcRefusedError,
  makeHandler,
  registerIpcHandlers,
  trustHubFrames,
  type HandlerImpls,
  type IpcEventLike,
} from '../../../electron/shell/ipc/handler';

const HUB = 'http://127.0.0.1:43117';
const trust = trustHubFrames(() => HUB);

const top = (url: string): IpcEventLike => ({ senderFrame: { url, parent: null } });
const trusted = top(`${HUB}/?token=s&role=assistant#/console`);
const FORGED: Array<[string, IpcEventLike]> = [
  ['another origin', top('https://evil.example/')],
  ['another port on loopback', top('http://127.0.0.1:43118/')],
  ['localhost instead of 127.0.0.1', top('http://localhost:43117/')],
  ['a file: page', top('file:///tmp/evil.html')],
  ['a data: page', top('data:text/html,<script>1</script>')],
  ['about:blank', top('about:blank')],
  ['an empty URL', top('')],
  ['a destroyed frame', { senderFrame: null }],
  ['a hub iframe inside another page', { senderFrame: { url: `${HUB}/`, parent: { url: 'https://evil.example/' } } }],
];

/** Valid arguments for every channel. */
const VALID: { [K in IpcChannel]: unknown } = {
  'dialog:openFile': { kind: 'catalog' },
  'dialog:saveFile': { suggestedName: '排品表.csv', bytesBase64: Buffer.from('a,b\n1,2\n').toString('base64'), filters: [{ name: 'CSV', extensions: ['csv'] }] },
  'window:openPrompter': undefined,
  'window:toggleFullscreen': undefined,
  'print:toPdf': { suggestedName: '复盘报告', landscape: true, pageSize: 'A4' },
  'app:info': undefined,
  'window:openDouyinConsole': { console: 'buyin' },
};

/** Arguments every channel must refuse. */
const INVALID: { [K in IpcChannel]: unknown[] } = {
  'dialog:openFile': [undefined, null, {}, { kind: 'exe' }, { kind: 'catalog', path: '/etc/passwd' }, 'catalog'],
  'dialog:saveFile': [
    undefined,
    { suggestedName: '../../.bashrc', bytesBase64: '', filters: [] },
    { suggestedName: 'C:\\Windows\\evil.dll', bytesBase64: '', filters: [] },
    { suggestedName: 'report\u202Efdp.exe', bytesBase64: '', filters: [] },
    { suggestedName: 'ok.csv', bytesBase64: 'not base64!!', filters: [] },
    { suggestedName: 'ok.csv', bytesBase64: '', filters: [{ name: 'x', extensions: ['*'] }] },
    { suggestedName: 'ok.csv', bytesBase64: '', filters: [], defaultPath: '/etc' },
    { suggestedName: 'ok.csv', bytesBase64: 'A'.repeat(MAX_IPC_BASE64_CHARS + 4), filters: [] },
    { suggestedName: '..', bytesBase64: '', filters: [] },
  ],
  'window:openPrompter': [{}, 'x', 1, null],
  'window:toggleFullscreen': [{}, true, null],
  'print:toPdf': [undefined, {}, { suggestedName: 'a/b.pdf' }, { suggestedName: 'a.pdf', pageSize: 'A0' }, { suggestedName: 'a.pdf', headerTemplate: '<img src=x onerror=alert(1)>' }],
  'app:info': [{}, 'x', 0],
  'window:openDouyinConsole': [undefined, {}, { console: 'https://evil.example/' }, { console: 'buyin', url: 'https://x' }, 'buyin'],
};

function fakeImpls(calls: string[]): HandlerImpls<IpcEventLike> {
  const record = (channel: IpcChannel) => async (args: unknown) => {
    calls.push(`${channel} ${JSON.stringify(args) ?? 'undefined'}`);
    return null as never;
  };
  return Object.fromEntries(IPC_CHANNELS.map((c) => [c, record(c)])) as unknown as HandlerImpls<IpcEventLike>;
}

function registerAll() {
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  const calls: string[] = [];
  const refused: string[] = [];
  const channels = registerIpcHandlers({ handle: (c, l) => void handlers.set(c, l) }, fakeImpls(calls), trust, (c, reason) => refused.push(`${c}:${reason}`));
  return { handlers, calls, refused, channels };
}

describe('the IPC contract', () => {
  it('has an argument schema, a result schema and exactly one bridge function per channel', () => {
    expect(IPC_CHANNELS.sort()).toEqual(['app:info', 'dialog:openFile', 'dialog:saveFile', 'print:toPdf', 'window:openDouyinConsole', 'window:openPrompter', 'window:toggleFullscreen']);
    expect(Object.keys(ipcResults).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(Object.values(BRIDGE_CHANNELS).sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('accepts the valid examples and refuses the invalid ones, channel by channel', () => {
    for (const channel of IPC_CHANNELS) {
      expect(ipcArgs[channel].safeParse(VALID[channel]).success, channel).toBe(true);
      for (const bad of INVALID[channel]) expect(ipcArgs[channel].safeParse(bad).success, `${channel} ${JSON.stringify(bad)?.slice(0, 80)}`).toBe(false);
    }
  });
});

describe('makeHandler', () => {
  const schema = z.strictObject({ n: z.number().int() });

  it('runs the handler for a hub window with a valid argument', async () => {
    const h = makeHandler('t:double', schema, ({ n }) => n * 2, trust);
    await expect(h(trusted, { n: 21 })).resolves.toBe(42);
  });

  it('refuses forged senders before looking at the argument', async () => {
    let ran = 0;
    const h = makeHandler('t:double', schema, ({ n }) => { ran++; return n; }, trust);
    for (const [label, event] of FORGED) {
      await expect(h(event, { n: 1 }), label).rejects.toBeInstanceOf(IpcRefusedError);
      await expect(h(event, 'garbage'), label).rejects.toBeInstanceOf(IpcRefusedError);
    }
    expect(ran).toBe(0);
  });

  it('refuses bad arguments and extra arguments with a short message', async () => {
    let ran = 0;
    const h = makeHandler('t:double', schema, ({ n }) => { ran++; return n; }, trust);
    for (const bad of [undefined, null, 'x', { n: 1.5 }, { n: 1, extra: true }, { n: '1' }]) {
      await expect(h(trusted, bad)).rejects.toBeInstanceOf(IpcArgumentError);
    }
    await expect(h(trusted, { n: 1 }, { n: 2 })).rejects.toThrow(/at most one argument/);
    const err = await h(trusted, { n: 'x'.repeat(100_000) }).catch((e: Error) => e);
    expect((err as Error).message.length).toBeLessThan(400);
    expect(ran).toBe(0);
  });

  it('trusts nothing while the hub origin is unknown', async () => {
    const h = makeHandler('t:double', schema, ({ n }) => n, trustHubFrames(() => null));
    await expect(h(trusted, { n: 1 })).rejects.toBeInstanceOf(IpcRefusedError);
  });
});

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract', () => {
    const { handlers, channels } = registerAll();
    expect([...handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    expect(channels.sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('makes every channel refuse every forged sender, and report it', async () => {
    const { handlers, calls, refused } = registerAll();
    for (const channel of IPC_CHANNELS) {
      for (const [label, event] of FORGED) {
        await expect(handlers.get(channel)!(event, VALID[channel]), `${channel} from ${label}`).rejects.toBeInstanceOf(IpcRefusedError);
      }
    }
    expect(calls).toEqual([]);
    expect(refused).toHaveLength(IPC_CHANNELS.length * FORGED.length);
    expect(new Set(refused.map((r) => r.split(':').pop()))).toEqual(new Set(['sender']));
  });

  it('makes every channel refuse bad arguments from a trusted window', async () => {
    const { handlers, calls } = registerAll();
    for (const channel of IPC_CHANNELS) {
      for (const bad of INVALID[channel]) {
        await expect(handlers.get(channel)!(trusted, bad), channel).rejects.toBeInstanceOf(IpcArgumentError);
      }
    }
    expect(calls).toEqual([]);
  });

  it('passes valid calls from a hub window through to the implementation', async () => {
    const { handlers, calls } = registerAll();
    for (const channel of IPC_CHANNELS) await handlers.get(channel)!(trusted, VALID[channel]);
    expect(calls.map((c) => c.split(' ')[0])).toEqual(IPC_CHANNELS);
    expect(calls[0]).toBe(`${IPC_CHANNELS[0]} ${JSON.stringify(VALID[IPC_CHANNELS[0]!]) ?? 'undefined'}`);
  });
});
