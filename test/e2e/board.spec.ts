import { expect, test, type Page, type Route } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BoardFigures, BoardRow } from '../../src/central/contract/board-contract';

/*
 * The centre's 督查看板 in Chromium at 1366x768: the built web app (out/central-web) served as the
 * centre serves it under /work, with the session and the board's answer stood in for (the routes,
 * their scoping and their numbers have their own tests in test/unit/central/board-*.test.ts).
 */
const viewport = { width: 1366, height: 768 };
const webDir = 'out/central-web';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let server: Server;
let base: string;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/work\/?/, '/');
    const file = join(webDir, normalize(path === '/' ? '/index.html' : path));
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function row(key: string, label: string, n: number): BoardRow {
  return {
    key,
    label,
    received: 1200 * n,
    accepted: 1100 * n,
    deferred: 30 * n,
    correctionNotices: 80 * n,
    refusals: 12 * n,
    finished: 1000 * n,
    finishedOnTime: 987 * n,
    onTimeRate: 0.987,
    avgWorkingDays: 3.42,
    ratings: 600 * n,
    satisfied: 580 * n,
    satisfaction: 0.966,
    badRatings: 4 * n,
    avgPromisedDays: 7.5,
    avgStatutoryDays: 20,
    daysSaved: 4080 * n,
    materialsSaved: 210 * n,
    tripsSaved: 330 * n,
  };
}

const departments = [
  '江川市市场监督管理局',
  '江川市社会保险基金管理中心',
  '江川市卫生健康委员会（公共场所卫生许可科）',
  '江川市住房和城乡建设局',
];
const board: BoardFigures = {
  period: { from: '2026-03-01', to: '2026-03-31' },
  today: '2026-03-20',
  hallCode: null,
  department: null,
  total: row('total', '全部大厅合计', 40),
  byDepartment: departments.map((d, i) => row(d, d, 10 - i)),
  byHall: Array.from({ length: 12 }, (_, i) => row(`H${i}`, `江川市第${i + 1}政务服务中心（新区分中心）`, 3)),
  warningsByDepartment: departments.map((d, i) => ({ key: d, label: d, red: 12 - i, yellow: 30 - i, open: 400 })),
  warningsByHall: Array.from({ length: 12 }, (_, i) => ({
    key: `H${i}`,
    label: `江川市第${i + 1}政务服务中心`,
    red: 12 - i,
    yellow: 5,
    open: 90,
  })),
  followUps: { badRatings: 160, open: 12, calledBack: 20, closed: 128, overdue: 3 },
  generatedAt: '2026-03-20T02:00:00.000Z',
};

async function standIns(page: Page, asked: string[]) {
  const json = (route: Route, value: unknown) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  await page.route('**/v1/work/session', (route) =>
    json(route, {
      user: { accountId: 'a1', staffNo: 'D001', name: '赵督查', role: 'inspector', hallCode: null, department: null },
      mustChangePassword: false,
      csrfToken: 'csrf',
    }),
  );
  await page.route('**/v1/work/board?*', (route) => {
    asked.push(new URL(route.request().url()).search);
    return json(route, board);
  });
}

test('督查看板 fits 1366x768, filters by keyboard and links the export with the same query', async ({ page }) => {
  const asked: string[] = [];
  await standIns(page, asked);
  await page.setViewportSize(viewport);
  await page.goto(`${base}/work/#/board`);
  await expect(page.getByTestId('board-summary')).toContainText('98.7%');
  await expect(page.getByTestId('board-by-department')).toContainText('江川市社会保险基金管理中心');
  const fits = async (what: string) => {
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width, `${what}：页面宽 ${width}px，超出 1366px`).toBeLessThanOrEqual(viewport.width);
  };
  await fits('按部门');
  await page.getByRole('tab', { name: '按大厅' }).click();
  await expect(page.getByTestId('board-by-hall')).toContainText('江川市第1政务服务中心');
  await fits('按大厅');
  await page.getByRole('tab', { name: '预警' }).click();
  await expect(page.getByTestId('board-warnings-by-department')).toContainText('江川市住房和城乡建设局');
  await expect(page.getByTestId('board-warning-chart').locator('canvas')).toHaveCount(1);
  await fits('预警');

  await page.getByTestId('board-hall').fill('JC');
  await page.getByTestId('board-hall').press('Enter');
  await expect.poll(() => asked.at(-1)).toContain('hallCode=JC');
  await expect(page.getByTestId('board-export')).toHaveAttribute('href', /\/v1\/work\/board\/xlsx\?from=\d{4}-\d{2}-01&to=.*hallCode=JC/);
});
