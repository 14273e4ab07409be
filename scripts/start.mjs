// `npm start`: build if the sources are newer than the build, then open the desk in Electron,
// or, where no Electron binary could be installed, in the system browser through the web host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const built = 'out/main/web-main.js';
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime('src')) return;
  console.log('正在构建受理台（首次启动或代码已更新）…');
  const result = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Electron's package fetches its binary on first use, not at `npm install`: try that once here,
 * unless ELECTRON_SKIP_BINARY_DOWNLOAD is set (machines known to have no way to fetch it).
 */
function downloadElectronIfMissing() {
  const dir = electronPackageDir();
  if (electronBinary() || !dir || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  console.log('正在下载 Electron 运行文件（仅首次）… Downloading the Electron binary (first start only).');
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'inherit' });
}

function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

buildIfNeeded();
downloadElectronIfMissing();
const electron = electronBinary();
if (electron) {
  run(electron, ['.']);
} else {
  console.log('未找到 Electron 运行文件（本机无法下载），改为在浏览器中打开受理台。 No Electron binary: starting the local web host.');
  run(process.execPath, ['out/main/web-main.js'], { HALLDESK_OPEN_BROWSER: process.env.HALLDESK_OPEN_BROWSER ?? '1' });
}
