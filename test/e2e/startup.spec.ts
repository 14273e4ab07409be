import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/desk';
import { completeSetup } from './fixtures/flows';

/** The scripts the page has loaded so far, by file name, with their sizes. */
async function loadedScripts(page: Page): Promise<{ name: string; bytes: number }[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as unknown as { name: string; decodedBodySize: number }[])
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ name: new URL(entry.name).pathname.split('/').at(-1)!, bytes: entry.decodedBodySize })),
  );
}

test('the first screen loads only its own scripts; the pages behind the login come after it', async ({ page }) => {
  await expect(page.getByTestId('setup-submit')).toBeVisible();
  const first = await loadedScripts(page);
  // The whole desk (every page, the charts) is well over 4 MB of script; the first screen needs under half.
  expect(first.reduce((sum, script) => sum + script.bytes, 0)).toBeLessThan(2_500_000);
  await completeSetup(page);
  const after = await loadedScripts(page);
  expect(after.filter((script) => !first.some((f) => f.name === script.name)).length).toBeGreaterThan(0);
});
