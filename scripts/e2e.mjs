// `npm run test:e2e`: the Playwright suite. Where an Electron binary exists, the electron project
// runs the same specs; on a machine without a display that needs a virtual one (xvfb-run).
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const playwright = ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)];
const needsDisplay = electronBinary() !== null && !process.env.DISPLAY && process.platform === 'linux';
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
if (needsDisplay && !hasXvfb) console.log('e2e: no display and no xvfb-run: the Electron project may fail to open windows.');
const [command, args] = needsDisplay && hasXvfb ? ['xvfb-run', ['-a', process.execPath, ...playwright]] : [process.execPath, playwright];
const result = spawnSync(command, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
