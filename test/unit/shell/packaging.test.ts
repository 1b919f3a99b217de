// electron-builder.yml is validated with electron-builder's own loader and schema (no build, no
// download), and the icons it points at are real PNGs of the right size.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fromBuilder = createRequire(createRequire(`${root}package.json`).resolve('electron-builder'));

interface BuilderConfig {
  appId: string;
  productName: string;
  extraMetadata: { description: string };
  directories: { output: string };
  files: Array<string | { filter: string[] }>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean; installerLanguages: string[]; language: string };
  mac: { target: string[]; category: string; icon: string };
}

let loaded: Promise<BuilderConfig> | undefined;
const loadConfig = (): Promise<BuilderConfig> => (loaded ??= readConfig());

async function readConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, file: string, extra: null): Promise<unknown>;
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (on: boolean) => unknown };
  const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('electron-builder.yml', { timeout: 60_000 }, () => {
  it("passes electron-builder's schema and names the app", async () => {
    const c = await loadConfig();
    expect(c.appId).toBe('com.livedeck.app');
    expect(c.productName).toBe('LiveDeck');
    expect(c.extraMetadata.description).toContain('直播中控台');
    expect(c.directories.output).toBe('release');
    const files = c.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    expect(files).toEqual(expect.arrayContaining(['dist/**/*', '!dist/**/*.map', 'package.json', 'assets/**/*']));
  });

  it('targets AppImage + deb, NSIS (choose folder, Chinese and English) and dmg', async () => {
    const c = await loadConfig();
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(['AudioVideo', 'Office']).toContain(c.linux.category);
    expect(c.linux.maintainer).toMatch(/<.+@.+>/);
    expect(c.win.target).toEqual(['nsis']);
    expect(c.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(c.nsis.installerLanguages).toEqual(['zh_CN', 'en_US']);
    expect(c.mac.target).toEqual(['dmg']);
    expect(c.mac.category).toBe('public.app-category.business');
  });

  it('points at icons that exist with the sizes their names promise', async () => {
    const c = await loadConfig();
    for (const icon of [c.win.icon, c.mac.icon]) expect(existsSync(join(root, icon)), icon).toBe(true);
    for (const size of [512, 256]) {
      expect(pngSize(join(root, c.linux.icon, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe('scripts/make-icons.mjs', () => {
  it('draws the committed icons byte for byte (deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'livedeck-icons-'));
    try {
      // Render into a temp copy of the script's layout so the committed files stay untouched.
      const script = readFileSync(join(root, 'scripts/make-icons.mjs'), 'utf8').replace("new URL('../assets/icons/', import.meta.url)", `new URL('file://${out}/')`);
      expect(script).toContain(out);
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const size of [512, 256]) {
        expect(readFileSync(join(out, `${size}x${size}.png`)).equals(readFileSync(join(root, `assets/icons/${size}x${size}.png`)))).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('Electron version for packaging', () => {
  it('is pinned exactly, the same in package.json and electron-builder.yml', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const { electronVersion } = (await loadConfig()) as unknown as { electronVersion: string };
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(electronVersion).toBe(pkg.devDependencies.electron);
  });
});

describe('scripts/start-electron.mjs', () => {
  it('without Electron and with its download failing, serves the app for the browser: ready line, console over HTTP', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'livedeck-noelectron-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'livedeck-fallback-'));
    const refused = 'http://127.0.0.1:9/'; // nothing listens on the discard port: the download fails at once
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: empty, // the electron package points at an empty folder: no binary
      ELECTRON_MIRROR: refused,
      npm_config_electron_mirror: refused, // an .npmrc mirror would win over ELECTRON_MIRROR
      electron_config_cache: empty, // no cached zip to fall back on
      BROWSER: 'none', // never open a real browser from a test
    };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const child = spawn(process.execPath, [join(root, 'scripts/start-electron.mjs'), '--port', '0', '--seed', '7', '--fresh', '--data-dir', dataDir], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      // bin/livedeck.js builds dist/ first when it is missing, as `npm start` does.
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ready line.\nstdout:\n${stdout}\nstderr:\n${stderr}`)), 100_000);
        child.stdout.setEncoding('utf8').on('data', (c: string) => {
          stdout += c;
          const m = /^LiveDeck ready: (http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(stdout);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        void exited.then((code) => reject(new Error(`exited ${code} before the ready line.\nstdout:\n${stdout}\nstderr:\n${stderr}`)));
      });
      expect(stderr).toContain('Electron is missing');
      expect(stderr).toContain('ECONNREFUSED'); // it did try the download, and says why it failed
      const origin = new URL(url).origin;
      const health = (await (await fetch(`${origin}/healthz?token=${new URL(url).searchParams.get('token')}`)).json()) as { ok: boolean; roomId: string };
      expect(health).toMatchObject({ ok: true, roomId: 'main' });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      await expect.poll(() => stderr, { timeout: 5_000 }).toContain(`open this in a browser: ${url}`);
      child.kill('SIGTERM');
      expect(await exited).toBe(0); // the hub stops cleanly, and npm start with it
      expect(stderr).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    } finally {
      child.kill('SIGKILL');
      rmSync(empty, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
