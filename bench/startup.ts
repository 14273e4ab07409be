/**
 * bench/startup: from launching the back end (web shell) to the login screen being interactive
 * in Chromium, median of 5. Needs `npm run build` first and Debian's chromium.
 */
import { chromium } from '@playwright/test';
import { startWebDesk } from '../test/e2e/fixtures/desk-process';
import { openBenchDesk } from './lib/bench-desk';
import { median } from './lib/stats';

const runs = 5;
const { backend, dataDir } = await openBenchDesk();
backend.close();
const browser = await chromium.launch({
  executablePath: process.env.HALLDESK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const samples: number[] = [];
const backEnd: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  const desk = await startWebDesk(dataDir);
  backEnd.push(performance.now() - start);
  const page = await browser.newPage();
  await page.goto(desk.launchUrl);
  await page.getByTestId('login-staff-no').waitFor({ state: 'visible' });
  await page.getByTestId('login-staff-no').fill('A001');
  samples.push(performance.now() - start);
  await page.close();
  await desk.stop();
}
await browser.close();
console.log(
  `startup: launch back end -> login interactive (web shell): median of ${runs} = ${median(samples).toFixed(0)} ms [${samples.map((s) => s.toFixed(0)).join(', ')}]`,
);
// Where the time goes: the back end's start (module loading, store open) against the page's.
console.log(`  of which launch -> back end ready: median ${median(backEnd).toFixed(0)} ms`);
