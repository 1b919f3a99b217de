// `npm start` (after the build): runs the Electron binary from node_modules on this folder.
// When the binary is missing — installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download
// failed — it says how to get the same UI in a browser and exits non-zero.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the path of its binary, and throws when it was never downloaded.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    [
      '',
      'LiveDeck: 未找到 Electron 程序（安装时可能设置了 ELECTRON_SKIP_BINARY_DOWNLOAD=1，或下载失败）。',
      '  在浏览器中使用同样的界面：运行  npx livedeck serve  ，然后打开它打印的地址。',
      '',
      'LiveDeck: the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1,',
      '  or its download failed). For the same UI in a browser, run  npx livedeck serve  and open the',
      '  URL it prints. To fetch the desktop binary later: node node_modules/electron/install.js',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env, windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (err) => {
  process.stderr.write(`LiveDeck: could not start Electron: ${err.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
