import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CREDENTIALS_FILE, openCredentialStore } from '../../../electron/hub/auth/credentialStore';
import { startHub, type Hub, type HubOptions } from '../../../electron/hub/hub';

/**
 * Credentials that survive a restart (brief sh, item 1): the overlay, control and ingest
 * credentials are kept in `<dataDir>/credentials.json` (0600), so a restarted hub answers the
 * same links; rotation is kept too; a damaged file is moved aside, never overwritten; without a
 * journal (or a writable folder) they live in memory, and the hub says so.
 */
let root: string;
let dataDir: string;
const hubs: Hub[] = [];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ld-creds-'));
  dataDir = join(root, 'data');
});
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

async function start(opts: HubOptions = {}): Promise<Hub> {
  const hub = await startHub({ source: null, record: false, staticDir: join(root, 'static'), dataDir, ...opts });
  hubs.push(hub);
  return hub;
}
async function restart(hub: Hub, opts: HubOptions = {}): Promise<Hub> {
  await hub.close();
  hubs.splice(hubs.indexOf(hub), 1);
  return start(opts);
}
const lasting = (hub: Hub) => ({
  overlay: hub.credentials.issue('overlay').secret,
  ingest: hub.ingestToken.value,
  control: (['host', 'assistant', 'producer'] as const).map((r) => hub.credentials.issue('control', r).secret),
});
const file = () => join(dataDir, CREDENTIALS_FILE);

describe('credentials across a restart', () => {
  it('a restarted hub answers the same overlay, control and ingest links (not the per-launch UI tokens)', async () => {
    const first = await start();
    const before = { ...lasting(first), overlayUrl: first.overlayUrl.replace(first.url, ''), controlUrl: first.controlUrl.replace(first.url, '') };
    const second = await restart(first);
    expect({ ...lasting(second), overlayUrl: second.overlayUrl.replace(second.url, ''), controlUrl: second.controlUrl.replace(second.url, '') }).toEqual(before);
    expect(second.credentials.verify(before.overlay)).toEqual({ kind: 'overlay', role: null });
    expect(second.credentials.verify(before.control[0]!)).toEqual({ kind: 'control', role: 'host' });
    expect(second.ingestToken.verify(before.ingest)).toBe(true);
    expect(second.token).not.toBe(first.token);
  });

  it('keeps only what is needed, in a 0600 file: the lasting secrets, no owner or UI token', async () => {
    const hub = await start();
    const now = lasting(hub);
    await hub.close();
    const text = readFileSync(file(), 'utf8');
    expect(JSON.parse(text)).toEqual({ v: 1, secrets: { ingest: now.ingest, overlay: now.overlay, 'control:host': now.control[0], 'control:assistant': now.control[1], 'control:producer': now.control[2] } });
    expect(text).not.toContain(hub.token);
    expect(text).not.toContain(hub.tokenFor('assistant'));
    if (process.platform !== 'win32') expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('a rotation is kept: after a restart the new secret works and the old one does not', async () => {
    const first = await start();
    const old = lasting(first);
    const overlay = first.credentials.rotate('overlay').secret;
    const control = first.credentials.rotate('control', 'assistant').secret;
    const second = await restart(first);
    expect(second.credentials.issue('overlay').secret).toBe(overlay);
    expect(second.credentials.issue('control', 'assistant').secret).toBe(control);
    expect(second.credentials.verify(old.overlay)).toBeNull();
    expect(second.credentials.verify(old.control[1]!)).toBeNull();
    expect(second.credentials.issue('control', 'host').secret).toBe(old.control[0]);
  });

  it('an ingest token given by the embedder wins over the kept one', async () => {
    const first = await start();
    const second = await restart(first, { ingest: { token: 'fixed-ingest-token-for-a-rig' } });
    expect(second.ingestToken.value).toBe('fixed-ingest-token-for-a-rig');
  });

  it('a damaged file is moved aside (never overwritten), fresh credentials are issued, and the log says so', async () => {
    const first = await start();
    const old = lasting(first);
    await first.close();
    hubs.splice(0);
    const damaged = readFileSync(file(), 'utf8').replace('"v": 1', '"v": 1,,');
    writeFileSync(file(), damaged);
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
    const second = await start();
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${CREDENTIALS_FILE}.damaged-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!), 'utf8')).toBe(damaged);
    expect(logged.some((l) => l.includes('is damaged') && l.includes(aside[0]!) && l.includes('copy the links again'))).toBe(true);
    const now = lasting(second);
    expect(now.overlay).not.toBe(old.overlay);
    expect(second.credentials.verify(old.overlay)).toBeNull();
    await second.close();
    hubs.splice(0);
    expect(JSON.parse(readFileSync(file(), 'utf8')).secrets.overlay).toBe(now.overlay);
  });

  it('a file with a wrong shape (unknown slot, short secret) is damaged too', async () => {
    const log = vi.fn();
    const dir = mkdtempSync(join(root, 'shape-'));
    writeFileSync(join(dir, CREDENTIALS_FILE), JSON.stringify({ v: 1, secrets: { 'ui:producer': 'a'.repeat(32) } }));
    expect(openCredentialStore(dir, { persist: true, now: () => 7, log }).loaded).toEqual({});
    expect(readdirSync(dir)).toContain(`${CREDENTIALS_FILE}.damaged-7`);
    writeFileSync(join(dir, CREDENTIALS_FILE), JSON.stringify({ v: 1, secrets: { overlay: 'short' } }));
    expect(openCredentialStore(dir, { persist: true, now: () => 8, log }).loaded).toEqual({});
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('--no-journal: credentials live in memory only, nothing is written, and the hub says so', async () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
    const hub = await start({ journal: false });
    const first = lasting(hub);
    hub.credentials.rotate('overlay');
    await hub.close();
    hubs.splice(0);
    expect(existsSync(file())).toBe(false);
    expect(logged.some((l) => l.includes('credentials kept in memory only (no journal)'))).toBe(true);
    expect(first.overlay).toMatch(/^[\w-]{32}$/);
  });

  it('a folder that cannot be written: memory only, said once, no throw', () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, '');
    const log = vi.fn();
    const store = openCredentialStore(join(blocker, 'data'), { persist: true, now: () => 1, log });
    expect(store.mode).toEqual({ kept: 'memory', why: 'not_writable' });
    store.save({ overlay: 'x'.repeat(32) });
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toContain('cannot be written');
  });
});
