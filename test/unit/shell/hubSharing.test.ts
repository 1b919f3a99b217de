// The LAN-sharing service of the shell: first against fake hubs (every branch), then once against
// the real hub (binds 0.0.0.0, connects only via 127.0.0.1) to prove the room carries over.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { createHubSharing, type HubSharingDeps, type SharedHub } from '../../../electron/shell/hubSharing';
import type { ShellHubOptions } from '../../../electron/shell/lan';
import type { SharingState } from '../../../electron/shell/sharingState';
import { joinHub, type TestClient } from '../../support/hubClient';
import { manualSource } from '../../support/manualSource';

const TOKEN = 'per-launch-secret';
const DATA = '/data/LiveDeck';

interface FakeHub extends SharedHub { host: string; id: number; closed: boolean }

function world(opts: { confirm?: boolean | (() => Promise<boolean>); fail?: (o: ShellHubOptions) => string | null; noJoinCode?: boolean; badUrl?: boolean; useThrows?: boolean } = {}) {
  const events: string[] = [];
  const starts: ShellHubOptions[] = [];
  const states: SharingState[] = [];
  const errors: Array<{ kind: string; err: string }> = [];
  const joinShown: FakeHub[] = [];
  const used: FakeHub[] = [];
  const listening = new Set<number>();
  let nextPort = 50000;
  let id = 0;
  let codes = 100000;

  const make = (o: ShellHubOptions): FakeHub => {
    const port = o.port === 0 ? nextPort++ : o.port;
    listening.add(port);
    const hub: FakeHub = {
      host: o.host, id: ++id, port, closed: false,
      joinCode: o.host === '0.0.0.0' && !opts.noJoinCode ? String(++codes) : null,
      consoleUrl: `http://${opts.badUrl ? '0.0.0.0' : '127.0.0.1'}:${port}/?token=${o.token}&role=assistant#/console`,
      prompterUrl: `http://127.0.0.1:${port}/?token=${o.token}&role=host#/prompter`,
      close: async () => {
        hub.closed = true;
        listening.delete(port);
        events.push(`close #${hub.id}`);
      },
    };
    return hub;
  };
  const first = make({ host: '127.0.0.1', port: 0, token: TOKEN, dataDir: DATA });
  const deps: HubSharingDeps<FakeHub> = {
    startHub: async (o) => {
      starts.push(o);
      await Promise.resolve();
      const why = opts.fail?.(o) ?? (o.port !== 0 && listening.has(o.port) ? `listen EADDRINUSE: address already in use ${o.host}:${o.port}` : null);
      if (why) {
        events.push(`fail ${o.host}:${o.port}`);
        throw new Error(why);
      }
      const hub = make(o);
      events.push(`start #${hub.id} ${o.host}:${hub.port}`);
      return hub;
    },
    confirmSharing: async () => {
      events.push('confirm?');
      const c = opts.confirm ?? true;
      return typeof c === 'function' ? c() : c;
    },
    useHub: (hub) => {
      if (opts.useThrows) throw new Error('window gone');
      used.push(hub);
      events.push(`use #${hub.id}`);
    },
    showJoinInfo: (hub) => { joinShown.push(hub); },
    showError: (kind, err) => { errors.push({ kind, err: err instanceof Error ? err.message : String(err) }); },
    onState: (s) => { states.push(s); },
    log: () => undefined,
  };
  const sharing = createHubSharing(first, { token: TOKEN, dataDir: DATA }, deps);
  return { sharing, first, events, starts, states, errors, joinShown, used, listening };
}

describe('createHubSharing (fake hubs)', () => {
  it('asks, closes the loopback hub, restarts on 0.0.0.0 with the same port, token and data folder, and shows the join code', async () => {
    const w = world();
    const port = w.first.port;
    await w.sharing.toggle();
    expect(w.events).toEqual(['confirm?', 'close #1', `start #2 0.0.0.0:${port}`, 'use #2']);
    expect(w.starts).toEqual([{ host: '0.0.0.0', port, token: TOKEN, dataDir: DATA }]);
    const hub = w.sharing.hub()!;
    expect(hub.joinCode).toMatch(/^\d{6}$/);
    expect(w.used).toEqual([hub]);
    expect(w.joinShown).toEqual([hub]);
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: true });
    expect(w.states).toEqual([
      { phase: 'confirming', sharing: false },
      { phase: 'restarting', sharing: false, target: true },
      { phase: 'idle', sharing: true },
    ]);
    expect(w.errors).toEqual([]);
  });

  it('does nothing when the user cancels', async () => {
    const w = world({ confirm: false });
    await w.sharing.toggle();
    expect(w.events).toEqual(['confirm?']);
    expect(w.first.closed).toBe(false);
    expect(w.sharing.hub()).toBe(w.first);
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: false });
  });

  it('stops sharing without asking: back on 127.0.0.1, same port, no join code, a new code next time', async () => {
    const w = world();
    await w.sharing.toggle();
    const lanCode = w.sharing.hub()!.joinCode;
    await w.sharing.toggle();
    const back = w.sharing.hub()!;
    expect(w.events.slice(4)).toEqual(['close #2', `start #3 127.0.0.1:${w.first.port}`, 'use #3']);
    expect(back).toMatchObject({ host: '127.0.0.1', port: w.first.port, joinCode: null });
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: false });
    expect(w.joinShown).toHaveLength(1);
    await w.sharing.toggle();
    expect(w.sharing.hub()!.joinCode).toMatch(/^\d{6}$/);
    expect(w.sharing.hub()!.joinCode).not.toBe(lanCode);
  });

  it('takes a new random port when the old one is taken meanwhile', async () => {
    const w = world({ fail: (o) => (o.host === '0.0.0.0' && o.port === 50000 ? 'listen EADDRINUSE: address already in use 0.0.0.0:50000' : null) });
    await w.sharing.toggle();
    expect(w.starts.map((o) => `${o.host}:${o.port}`)).toEqual(['0.0.0.0:50000', '0.0.0.0:0']);
    expect(w.sharing.hub()).toMatchObject({ host: '0.0.0.0', port: 50001 });
    expect(w.used.map((h) => h.port)).toEqual([50001]);
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: true });
    expect(w.errors).toEqual([]);
    // Turning it off keeps the port it has now.
    await w.sharing.toggle();
    expect(w.sharing.hub()).toMatchObject({ host: '127.0.0.1', port: 50001, joinCode: null });
  });

  it('falls back to loopback when the LAN hub cannot start, shows why, and never leaves the app without a hub', async () => {
    const w = world({ fail: (o) => (o.host === '0.0.0.0' ? `listen EACCES: permission denied ${o.host}:${o.port}` : null) });
    await w.sharing.toggle();
    expect(w.starts.map((o) => `${o.host}:${o.port}`)).toEqual(['0.0.0.0:50000', '0.0.0.0:0', '127.0.0.1:50000']);
    expect(w.sharing.hub()).toMatchObject({ host: '127.0.0.1', port: 50000, joinCode: null, closed: false });
    expect(w.used).toEqual([w.sharing.hub()]);
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: false });
    expect(w.errors).toEqual([{ kind: 'fell-back', err: 'listen EACCES: permission denied 0.0.0.0:0' }]);
    expect(w.joinShown).toEqual([]);
  });

  it('refuses a LAN hub without a join code, and a hub whose URLs are not 127.0.0.1', async () => {
    const noCode = world({ noJoinCode: true });
    await noCode.sharing.toggle();
    expect(noCode.sharing.hub()).toMatchObject({ host: '127.0.0.1', joinCode: null });
    expect(noCode.errors).toEqual([{ kind: 'fell-back', err: 'the hub listened on the LAN without a join code' }]);
    expect(noCode.events.filter((e) => e.startsWith('close'))).toEqual(['close #1', 'close #2', 'close #3']);

    const badUrl = world({ badUrl: true });
    await badUrl.sharing.toggle();
    expect(badUrl.sharing.hub()).toBeNull();
    expect(badUrl.sharing.state()).toEqual({ phase: 'idle', sharing: false });
    expect(badUrl.errors.map((e) => e.kind)).toEqual(['down']);
    expect(badUrl.used).toEqual([]);
  });

  it('reports a hub that cannot start at all, and tries again on the next click', async () => {
    let broken = true;
    const w = world({ fail: () => (broken ? 'EROFS: read-only file system' : null) });
    await w.sharing.toggle();
    expect(w.sharing.hub()).toBeNull();
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: false });
    expect(w.errors).toEqual([{ kind: 'down', err: 'EROFS: read-only file system' }]);
    expect(w.sharing.showJoinCode()).toBe(false);
    broken = false;
    await w.sharing.toggle();
    expect(w.sharing.hub()).toMatchObject({ host: '0.0.0.0', port: 50000 });
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: true });
  });

  it('restarts once for a double click, even while the dialog is open', async () => {
    let answer!: (ok: boolean) => void;
    const w = world({ confirm: () => new Promise<boolean>((r) => { answer = r; }) });
    const first = w.sharing.toggle();
    const second = w.sharing.toggle();
    answer(true);
    while (w.sharing.state().phase !== 'restarting') await Promise.resolve();
    const third = w.sharing.toggle(); // while restarting
    await Promise.all([first, second, third]);
    expect(w.events.filter((e) => e === 'confirm?')).toHaveLength(1);
    expect(w.starts).toHaveLength(1);
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: true });
  });

  it('shows the join code again only while sharing', async () => {
    const w = world();
    expect(w.sharing.showJoinCode()).toBe(false);
    await w.sharing.toggle();
    w.joinShown.length = 0;
    expect(w.sharing.showJoinCode()).toBe(true);
    expect(w.joinShown).toEqual([w.sharing.hub()]);
  });

  it('on quit, waits for a restart under way and closes the hub it started, without dialogs', async () => {
    const w = world();
    const toggling = w.sharing.toggle();
    while (w.sharing.state().phase !== 'restarting') await Promise.resolve();
    await w.sharing.close();
    await toggling;
    expect(w.starts).toHaveLength(1);
    expect(w.events.slice(-1)).toEqual(['close #2']);
    expect(w.listening.size).toBe(0);
    expect(w.sharing.hub()).toBeNull();
    expect(w.joinShown).toEqual([]);
    expect(w.sharing.state().phase).toBe('quitting');
    await w.sharing.toggle();
    expect(w.starts).toHaveLength(1);
    expect(w.used).toEqual([]);
  });

  it('never stays stuck restarting when a dependency throws', async () => {
    const w = world({ useThrows: true });
    await w.sharing.toggle();
    expect(w.sharing.state()).toEqual({ phase: 'idle', sharing: true });
    expect(w.sharing.hub()).toMatchObject({ host: '0.0.0.0' });
  });
});

describe('createHubSharing with the real hub', () => {
  const dirs: string[] = [];
  const hubs: Hub[] = [];
  const clients: TestClient[] = [];
  afterAll(async () => {
    for (const c of clients) c.close();
    for (const h of hubs) await h.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('shares on 0.0.0.0 with the same port and a join code, and the room carries over through the journal', { timeout: 20_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-share-'));
    const staticDir = mkdtempSync(join(tmpdir(), 'ld-share-static-'));
    dirs.push(dataDir, staticDir);
    const start = async (o: ShellHubOptions) => {
      const hub = await startHub({ ...o, source: manualSource(), staticDir });
      hubs.push(hub);
      return hub;
    };
    const first = await start({ host: '127.0.0.1', port: 0, token: TOKEN, dataDir });
    expect(first.joinCode).toBeNull();
    const producer = await joinHub(first.url, { token: TOKEN, role: 'producer' });
    clients.push(producer);
    expect((await producer.command({ type: 'slot.takeNext' })).ok).toBe(true);
    const onAir = first.room.live.onAirSlotId;
    expect(onAir).not.toBeNull();
    producer.close();

    const shown: Hub[] = [];
    const sharing = createHubSharing<Hub>(first, { token: TOKEN, dataDir }, {
      startHub: start, confirmSharing: async () => true, useHub: () => undefined,
      showJoinInfo: (h) => shown.push(h), showError: (kind, err) => { throw new Error(`${kind}: ${String(err)}`); },
      onState: () => undefined, log: () => undefined,
    });
    await sharing.toggle();
    const lan = sharing.hub()!;
    expect(lan).toMatchObject({ host: '0.0.0.0', port: first.port, token: TOKEN, dataDir });
    expect(lan.joinCode).toMatch(/^\d{6}$/);
    expect(lan.consoleUrl.startsWith(`http://127.0.0.1:${first.port}/`)).toBe(true);
    expect(shown).toEqual([lan]);
    expect(lan.journal?.run).toBe(2);

    // A team member joins with the join code (connecting via 127.0.0.1 only) and sees the same room.
    const member = await joinHub(`http://127.0.0.1:${lan.port}`, { token: lan.joinCode!, role: 'host' });
    clients.push(member);
    expect(member.snapshot.live.onAirSlotId).toBe(onAir);
    member.close();
    await expect(joinHub(`http://127.0.0.1:${lan.port}`, { token: 'not-the-code', role: 'host' })).rejects.toThrow();

    await sharing.toggle();
    const back = sharing.hub()!;
    expect(back).toMatchObject({ host: '127.0.0.1', port: first.port, joinCode: null });
    expect(back.room.live.onAirSlotId).toBe(onAir);
    await expect(joinHub(back.url, { token: lan.joinCode!, role: 'host' })).rejects.toThrow(/join code|token/);
    await sharing.close();
  });
});
