import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { openBackend } from '../backend/backend';
import { defaultDataDir } from '../paths';
import { chromiumPdfSetup } from '../services/printing/default-renderer';
import { offsetClock, systemClock } from '../services/clock';
import { testClockFromEnv } from '../services/supervision/test-clock';
import { startWebHost } from './web-host';

/**
 * Entry of the local web host: `npm start` runs it where no Electron binary exists, and the e2e
 * suite starts one per test. It prints `HALLDESK_READY <url>` once it serves requests.
 */
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = defaultDataDir();
const clockOffset = Number(process.env.HALLDESK_CLOCK_OFFSET_MS ?? '0');
// HALLDESK_TEST_CLOCK=1 (e2e only): a clock the tests move forward; never set in a hall.
const testClock = testClockFromEnv(process.env);
const backend = openBackendOrExit();
const host = await startWebHost({
  backend,
  staticDir: process.env.HALLDESK_STATIC_DIR ?? join(here, '../renderer'),
  port: Number(process.env.HALLDESK_PORT ?? '47800'),
});

console.log(`HallDesk 网页版已启动，数据目录：${dataDir}`);
console.log(`请在浏览器中打开：${host.launchUrl}`);
console.log(`HALLDESK_READY ${host.launchUrl}`);

if (process.env.HALLDESK_OPEN_BROWSER === '1') openInSystemBrowser(host.launchUrl);

/** A store that cannot be used stops the host with the clerk's message, not a stack trace. */
function openBackendOrExit() {
  try {
    return openBackend({
      dataDir,
      pdf: chromiumPdfSetup(dataDir),
      clock: clockOffset ? offsetClock(clockOffset) : systemClock,
      ...(testClock ? { testClock } : {}),
    });
  } catch (error) {
    console.error(`受理台无法启动：${error instanceof AppError ? error.message : '打开数据时出错，请联系管理员。'}`);
    if (!(error instanceof AppError)) console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

function openInSystemBrowser(url: string) {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log('未能自动打开浏览器，请手动打开上面的链接。'));
  child.unref();
}

async function shutdown() {
  await host.close();
  backend.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
