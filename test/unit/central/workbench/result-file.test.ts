import { createHash, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfHeaderName } from '../../../../src/central/contract/centre-contract';
import { resultFileUploadPath } from '../../../../src/central/contract/workbench-contract';
import { enrolDesk } from '../../../../src/central/desks/enrol-desk';
import { issueEnrolmentCode } from '../../../../src/central/desks/enrolment-codes';
import { createHall } from '../../../../src/central/halls/halls';
import type { CentreUser } from '../../../../src/central/accounts/centre-user';
import type { BlobStore } from '../../../../src/central/pages-store/blob-store';
import { uploadResultFile } from '../../../../src/central/workbench/result-file';
import { upsertSubtasks } from '../../../../src/central/workbench/subtask-projection-queries';
import { startWorkHarness, temporaryPageStore } from '../accounts/work-harness';
import type { Caller, WorkHarness } from '../accounts/work-harness';
import { health, market } from './workbench-fixtures';

const hallCode = 'RF';
const caseNo = 'RF-01-2026-000001';
const otherCaseNo = 'RF-01-2026-000002';
const pdf = new TextEncoder().encode('%PDF-1.7\n决定书\n%%EOF');
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let centre: WorkHarness;
let marketReviewer: Caller;
let healthReviewer: Caller;
let deskAuthorization: string;

const pageStore = temporaryPageStore();

beforeAll(async () => {
  centre = await startWorkHarness({ pages: pageStore.pages });
  await createHall(centre.sql, { code: hallCode, name: '结果文件测试政务服务中心' });
  const { enrolmentCode } = await issueEnrolmentCode(centre.sql, { hallCode, deskNo: '01', validDays: 7 });
  const desk = await enrolDesk(centre.sql, { enrolmentCode, hallCode, deskNo: '01' });
  deskAuthorization = `Bearer ${desk.deskId}.${desk.credential}`;
  await centre.sql.query(
    `INSERT INTO cases (hall_code, case_no, desk_no, content_hash, state, last_desk_id, last_seq, last_event_id)
     SELECT $1, n, '01', 'h', 'in-progress', $2, 1, $3 FROM unnest($4::text[]) AS n`,
    [hallCode, desk.deskId, randomUUID(), [caseNo, otherCaseNo]],
  );
  const row = {
    position: 0,
    itemCode: 'X',
    itemName: '事项',
    applicantName: '张三',
    caseState: 'in-progress',
    taskState: 'in-progress',
    isOpen: true,
    acceptedOn: '2026-12-01',
    promisedDays: 5,
    dueDate: '2026-12-08',
    decidedOn: null,
    outcome: null,
    decisionDocNo: null,
    suppliedRequests: 0,
    seq: 1,
  };
  await centre.sql.transaction((tx) =>
    upsertSubtasks(tx, { id: desk.deskId, hallCode, deskNo: '01' }, [
      { ...row, caseNo, department: market },
      { ...row, caseNo: otherCaseNo, department: market },
    ]),
  );
  marketReviewer = await centre.sessionFor(await centre.seedAccount('department-reviewer', { department: market }));
  healthReviewer = await centre.sessionFor(await centre.seedAccount('department-reviewer', { department: health }));
});
afterAll(async () => {
  await centre.close();
  pageStore.remove();
});

async function upload(bytes: Uint8Array, caller: Caller, forCase = caseNo) {
  const query = new URLSearchParams({ hallCode, caseNo: forCase, position: '0' });
  const response = await centre.app.request(`${resultFileUploadPath}?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie: caller.cookie ?? '', [csrfHeaderName]: caller.csrf ?? '' },
    body: bytes,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read into the JSON freely
  return { status: response.status, json: (await response.json()) as any };
}

const decide = (forCase: string, resultFileSha256: string) =>
  centre.call(
    'POST',
    '/v1/work/actions/decide',
    {
      hallCode,
      caseNo: forCase,
      position: 0,
      wordId: randomUUID(),
      outcome: 'approved',
      decision: { documentNo: '准字〔2026〕1号', decidedOn: '2026-12-01', resultFileSha256 },
    },
    marketReviewer,
  );

describe('the decision result file', () => {
  it('uploads, decides with it, and the desk gets its hash in the decision', async () => {
    const uploaded = await upload(pdf, marketReviewer);
    expect(uploaded.status).toBe(200);
    expect(uploaded.json.value.sha256).toBe(sha256Of(pdf));
    expect((await decide(caseNo, sha256Of(pdf))).status).toBe(200);
    const changes = await centre.call('GET', '/v1/changes', undefined, { authorization: deskAuthorization });
    expect(changes.status).toBe(200);
    expect(JSON.stringify(changes.json)).toContain(`"resultFileSha256":"${sha256Of(pdf)}"`);
    const page = await centre.call('GET', `/v1/work/subtask?hallCode=${hallCode}&caseNo=${caseNo}&position=0`, undefined, marketReviewer);
    expect(page.json.value.resultFileSha256).toBe(sha256Of(pdf));
  });

  it('is served to a reviewer of the case and the hall desk, refused to another department', async () => {
    const path = `/v1/pages/${sha256Of(pdf)}`;
    const asReviewer = await centre.app.request(path, { headers: { cookie: marketReviewer.cookie! } });
    expect(asReviewer.status).toBe(200);
    expect(asReviewer.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await asReviewer.arrayBuffer())).toEqual(pdf);
    expect((await centre.app.request(path, { headers: { authorization: deskAuthorization } })).status).toBe(200);
    expect((await centre.app.request(path, { headers: { cookie: healthReviewer.cookie! } })).status).toBe(404);
  });

  it('refuses a file that is not a PDF, JPEG or PNG', async () => {
    const reply = await upload(new TextEncoder().encode('<html>not a decision</html>'), marketReviewer, otherCaseNo);
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toContain('PDF、JPEG 或 PNG');
  });

  it('refuses a file over 20 MB before reading all of it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 4096);
    big.set(pdf);
    const reply = await upload(big, marketReviewer, otherCaseNo);
    expect(reply.status).toBe(413);
    expect(reply.json.error.message).toContain('20 MB');
  });

  it('refuses an upload by another department', async () => {
    expect((await upload(pdf, healthReviewer, otherCaseNo)).status).toBe(403);
  });

  it('leaves no temporary copy in the uploads folder when the blob store fails to take the file', async () => {
    const { blobs, uploadsDir } = pageStore.pages;
    const failing: BlobStore = {
      putVerifiedFile: () => Promise.reject(new Error('磁盘已满')),
      get: (hash) => blobs.get(hash),
      has: (hash) => blobs.has(hash),
      size: (hash) => blobs.size(hash),
    };
    const reviewer: CentreUser = {
      accountId: randomUUID(),
      staffNo: 'S-RF',
      name: '测试人员',
      role: 'department-reviewer',
      hallCode: null,
      department: market,
    };
    const key = { hallCode, caseNo: otherCaseNo, position: 0 };
    await expect(uploadResultFile(centre.sql, { blobs: failing, uploadsDir }, reviewer, key, pdf)).rejects.toThrow('磁盘已满');
    expect(readdirSync(uploadsDir)).toEqual([]);
  });

  it('refuses a decision naming a file not uploaded for that case', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect((await upload(png, marketReviewer, otherCaseNo)).status).toBe(200);
    const reply = await decide(otherCaseNo, sha256Of(pdf));
    expect(reply.status).toBe(400);
    expect(reply.json.error.message).toContain('结果文件未上传到本案件');
    expect((await decide(otherCaseNo, sha256Of(png))).status).toBe(200);
  });
});
