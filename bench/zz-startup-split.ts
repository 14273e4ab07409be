import { chromium } from '@playwright/test';
import { startWebDesk } from '../test/e2e/fixtures/desk-process';
import { openBenchDesk } from './lib/bench-desk';
const { backend, dataDir } = await openBenchDesk();
backend.close();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 4; i += 1) {
  const start = performance.now();
  const desk = await startWebDesk(dataDir);
  const ready = performance.now();
  const page = await browser.newPage();
  await page.goto(desk.launchUrl);
  const loaded = performance.now();
  await page.getByTestId('login-staff-no').waitFor({ state: 'visible' });
  const end = performance.now();
  console.log(`ready ${(ready - start).toFixed(0)}  goto ${(loaded - ready).toFixed(0)}  login ${(end - loaded).toFixed(0)} total ${(end - start).toFixed(0)}`);
  await page.close();
  await desk.stop();
}
await browser.close();
