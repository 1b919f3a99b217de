// `npm start` (after the build): runs the Electron binary from node_modules on this folder.
// `npm install` never downloads that binary (see .npmrc and docs/install.md), so on the first start
// it is fetched with the electron package's own installer. When that fails — no such package, or
// Electron's download host is unreachable — LiveDeck says so and serves the same app in the
// system browser instead (`livedeck serve`; arguments after `npm start --` go to it).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronInstaller, fetchElectronBinary } from './electron-binary.mjs';
import { serveInBrowser } from './serve-in-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

let binary = electronBinary();
if (!binary && electronInstaller()) {
  process.stderr.write('LiveDeck: 首次启动，正在下载 Electron… / first start: downloading Electron…\n');
  if (await fetchElectronBinary()) binary = electronBinary();
}

if (!binary) {
  process.stderr.write(
    [
      '',
      'LiveDeck: 未找到 Electron（无法下载），改为在系统浏览器中打开同样的界面。',
      'LiveDeck: Electron is missing (it could not be downloaded); serving the same app in the system browser.',
      '  桌面版 / for the desktop app later: node node_modules/electron/install.js && npm start',
      '',
    ].join('\n'),
  );
  process.exit(await serveInBrowser(args));
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
const child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit', env, windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (err) => {
  process.stderr.write(`LiveDeck: could not start Electron: ${err.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
