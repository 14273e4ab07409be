import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/fixtures/chromium-launch';
import { electronBinary } from './test/e2e/fixtures/electron-binary';

/**
 * The e2e suite drives the real renderer: in Debian's Chromium against the local web host
 * always, and inside Electron too where an Electron binary is installed.
 */

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  globalSetup: './test/e2e/fixtures/global-setup.ts',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'web', metadata: { shell: 'web' } },
    ...(electronBinary() ? [{ name: 'electron', metadata: { shell: 'electron' } }] : []),
  ],
});
