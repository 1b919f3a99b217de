// The preload is bundled exactly as scripts/build.mjs does and run against a fake 'electron'
// module: it must expose one object of named functions, each calling its own channel.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, type LivedeckBridge } from '../../../shared/protocol/ipc';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let code = '';

beforeAll(async () => {
  const out = await build({
    entryPoints: ['electron/preload.ts'], absWorkingDir: root, bundle: true, write: false,
    platform: 'browser', format: 'cjs', external: ['electron'], logLevel: 'silent',
  });
  code = out.outputFiles[0]!.text;
});

function runPreload() {
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const invoked: Array<[string, unknown[]]> = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => { invoked.push([channel, args]); return Promise.resolve(`${channel} done`); },
      send: () => { throw new Error('the preload must not use send'); },
      on: () => { throw new Error('the preload must not listen'); },
    },
  };
  const fakeRequire = (id: string) => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`a sandboxed preload may only require 'electron', not '${id}'`);
  };
  const mod = { exports: {} };
  new Function('require', 'module', 'exports', code)(fakeRequire, mod, mod.exports);
  return { required, exposed, invoked };
}

describe('preload bridge', () => {
  it("is self-contained: requires only 'electron' and carries no zod", () => {
    const { required } = runPreload();
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/zod/i);
    expect(code.length).toBeLessThan(4000);
  });

  it('exposes exactly window.livedeck with one function per bridge method', () => {
    const { exposed } = runPreload();
    expect([...exposed.keys()]).toEqual(['livedeck']);
    const bridge = exposed.get('livedeck') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(BRIDGE_CHANNELS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on its own channel, passing the one argument through', async () => {
    const { exposed, invoked } = runPreload();
    const bridge = exposed.get('livedeck') as LivedeckBridge;
    await expect(bridge.openFile({ kind: 'catalog' })).resolves.toBe('dialog:openFile done');
    await bridge.saveFile({ suggestedName: 'a.csv', bytesBase64: '', filters: [] });
    await bridge.openPrompter();
    await bridge.toggleFullscreen();
    await bridge.printToPdf({ suggestedName: 'r' });
    await bridge.appInfo();
    await bridge.openDouyinConsole({ console: 'compass' });
    expect(invoked).toEqual([
      ['dialog:openFile', [{ kind: 'catalog' }]],
      ['dialog:saveFile', [{ suggestedName: 'a.csv', bytesBase64: '', filters: [] }]],
      ['window:openPrompter', []],
      ['window:toggleFullscreen', []],
      ['print:toPdf', [{ suggestedName: 'r' }]],
      ['app:info', []],
      ['window:openDouyinConsole', [{ console: 'compass' }]],
    ]);
    for (const [method, channel] of Object.entries(BRIDGE_CHANNELS)) {
      expect(invoked.some(([c]) => c === channel), method).toBe(true);
    }
  });

  it('drops extra arguments a page passes, so a page cannot smuggle data to a channel', async () => {
    const { exposed, invoked } = runPreload();
    const bridge = exposed.get('livedeck') as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    await bridge.appInfo!('smuggled', 1);
    await bridge.openFile!({ kind: 'catalog' }, 'extra');
    expect(invoked).toEqual([['app:info', []], ['dialog:openFile', [{ kind: 'catalog' }]]]);
  });
});
