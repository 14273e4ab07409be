import { existsSync, writeFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CentreUser } from '../../../src/central/accounts/centre-user';
import type { FsBlobStore } from '../../../src/central/pages-store/fs-blob-store';
import { uploadResultFile } from '../../../src/central/workbench/result-file';
import { notDownloadedMessage } from '../../../src/main/services/lifecycle/result-file';
import type { TestDesk } from '../../helpers/test-backend';
import { temporaryPageStore } from '../central/accounts/work-harness';
import { centreHookTimeout, startTestCentre, type TestCentre } from '../central/suite/test-centre';
import { availableTestStores } from '../central/suite/test-stores';
import { centreFeed } from './centre-words';
import {
  employerInsuranceItem,
  foundingItem,
  insuranceDepartment,
  marketDepartment,
  openLifecycleDesk,
  register,
  w,
} from './lifecycle-fixtures';

const store = availableTestStores()[0]!;
beforeAll(() => store.warmUp(), 120_000);
afterAll(() => store.shutdown());

const pdf = new TextEncoder().encode('%PDF-1.7\n江社保登〔2026〕7号 决定书\n%%EOF');
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const reviewer: CentreUser = {
  accountId: randomUUID(),
  staffNo: 'R001',
  name: '审批员',
  role: 'department-reviewer',
  hallCode: null,
  department: insuranceDepartment,
};

let desk: TestDesk;
let centre: TestCentre | null;
let pages: ReturnType<typeof temporaryPageStore>;
beforeEach(async () => {
  desk = await openLifecycleDesk();
  pages = temporaryPageStore();
  centre = null;
});
afterEach(async () => {
  await centre?.close();
  desk.close();
  pages.remove();
}, centreHookTimeout);

const deskHas = (sha256: string) => existsSync(join(desk.dataDir, 'pages', sha256.slice(0, 2), sha256));
const open = (caseNo: string, position: number) => desk.call('cases.resultFile', { caseNo, position }, w);
const refusal = (caseNo: string, position: number) => desk.fail('cases.resultFile', { caseNo, position }, w);

/**
 * A real centre with the desk enrolled; the insurance department uploads `bytes` as its result
 * file through the centre's own upload and decides naming it; the desk syncs the decision.
 */
async function decidedWithResultFile(bytes: Uint8Array): Promise<{ caseNo: string; sha256: string }> {
  const live = await startTestCentre(store, { pages: pages.pages });
  centre = live;
  await live.admin.createHall({ code: 'JC', name: '江川市政务服务中心' });
  const { enrolmentCode } = await live.admin.issueEnrolmentCode({ hallCode: 'JC', deskNo: '03', validDays: 7 });
  const kase = await register(desk, [foundingItem, employerInsuranceItem]);
  await desk.call('sync.enrol', { centralUrl: live.url, enrolmentCode }, w);
  expect(await desk.call('sync.now', {}, w)).toMatchObject({ error: null, pending: 0 });
  await live.settle();
  const { sha256 } = await uploadResultFile(live.sql, pages.pages, reviewer, { hallCode: 'JC', caseNo: kase.caseNo, position: 1 }, bytes);
  await live.admin.publishCaseStatus({
    caseNo: kase.caseNo,
    department: insuranceDepartment,
    note: '',
    state: 'approved',
    decision: { documentNo: '江社保登〔2026〕7号', decidedOn: '2026-03-02', resultFileSha256: sha256 },
  });
  await desk.call('sync.now', {}, w);
  expect((await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w)).subtasks[1]).toMatchObject({ resultFileSha256: sha256 });
  return { caseNo: kase.caseNo, sha256 };
}

/** The insurance department's decision naming the PDF, heard by a desk never enrolled (the feed without a centre). */
async function heardWithoutCentre(): Promise<string> {
  const kase = await register(desk, [foundingItem, employerInsuranceItem]);
  const feed = centreFeed(desk);
  try {
    feed.pull([
      feed.word({
        caseNo: kase.caseNo,
        state: 'approved',
        stateLabel: '准予许可',
        department: insuranceDepartment,
        decision: { documentNo: '江社保登〔2026〕7号', decidedOn: '2026-03-02', resultFileSha256: sha256Of(pdf) },
      }),
    ]);
  } finally {
    feed.close();
  }
  return kase.caseNo;
}

describe('a department result file at the window', () => {
  it('is fetched from the centre, checked, kept, and opens offline afterwards', { timeout: centreHookTimeout }, async () => {
    const { caseNo, sha256 } = await decidedWithResultFile(pdf);
    expect(sha256).toBe(sha256Of(pdf));
    expect(deskHas(sha256)).toBe(false);
    const file = await open(caseNo, 1);
    expect(file).toMatchObject({ mime: 'application/pdf', sha256, size: pdf.length });
    expect(new Uint8Array(Buffer.from(file.base64, 'base64'))).toEqual(pdf);
    expect(deskHas(sha256)).toBe(true);

    await centre!.close();
    centre = null;
    expect(await open(caseNo, 1)).toEqual(file);
  });

  it('is refused and not kept when the bytes do not hash to what the centre announced', { timeout: centreHookTimeout }, async () => {
    const { caseNo, sha256 } = await decidedWithResultFile(pdf);
    // The centre's copy changed after the decision named it (a damaged disk, a swapped file).
    writeFileSync((pages.pages.blobs as FsBlobStore).pathOf(sha256), new TextEncoder().encode('%PDF-1.7\n另一份文件\n%%EOF'));
    const error = await refusal(caseNo, 1);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toContain('SHA-256 摘要不一致');
    expect(deskHas(sha256)).toBe(false);
  });

  it(
    'offline and not fetched before: says to retry when the network is back, and keeps nothing',
    { timeout: centreHookTimeout },
    async () => {
      const { caseNo, sha256 } = await decidedWithResultFile(pdf);
      await centre!.close();
      centre = null;
      expect(await refusal(caseNo, 1)).toMatchObject({ code: 'CONFLICT', message: notDownloadedMessage });
      expect(deskHas(sha256)).toBe(false);
    },
  );

  it(
    "passes on the centre's refusal of a file it does not serve, and asks for a new registration once the desk is revoked",
    { timeout: centreHookTimeout },
    async () => {
      const { caseNo } = await decidedWithResultFile(pdf);
      const unknown = 'cd'.repeat(32);
      await centre!.admin.publishCaseStatus({
        caseNo,
        department: marketDepartment,
        note: '',
        state: 'approved',
        decision: { documentNo: '(江)登字〔2026〕第21号', decidedOn: '2026-03-02', resultFileSha256: unknown },
      });
      await desk.call('sync.now', {}, w);
      const refused = await refusal(caseNo, 0);
      expect(refused).toMatchObject({ code: 'NOT_FOUND' });
      expect(refused.message).toContain('中心平台没有提供该结果文件：页面不存在或无权查看');
      expect(deskHas(unknown)).toBe(false);

      await centre!.admin.revokeDesk({ hallCode: 'JC', deskNo: '03' });
      const revoked = await refusal(caseNo, 1);
      expect(revoked).toMatchObject({ code: 'CONFLICT' });
      expect(revoked.message).toContain('重新注册本窗口');
    },
  );

  it('names a sub-task without a result file', async () => {
    const caseNo = await heardWithoutCentre();
    expect(await refusal(caseNo, 0)).toMatchObject({ code: 'NOT_FOUND', message: '企业设立登记（有限责任公司）：部门尚未发送结果文件' });
    expect(await refusal(caseNo, 5)).toMatchObject({ code: 'NOT_FOUND', message: '该案件没有第 6 项事项' });
  });

  it('needs the window enrolled at the centre', async () => {
    const caseNo = await heardWithoutCentre();
    const error = await refusal(caseNo, 1);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toContain('尚未接入中心平台');
    expect(deskHas(sha256Of(pdf))).toBe(false);
  });
});
