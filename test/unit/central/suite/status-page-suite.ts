import { afterEach, beforeEach, expect, it } from 'vitest';
import { statusLookupsPerMinute, tooManyLookupsMessage } from '../../../../src/central/http/public-routes';
import { api, casesWithPayload, batchOf, caseDetail, caseEvent, createHall, enrolNewDesk, sendBatch } from './desk-fixtures';
import type { CasePayload } from './desk-fixtures';
import { centreHookTimeout, startTestCentre } from './test-centre';
import type { TestCentre } from './test-centre';
import type { TestStore } from './test-stores';

export function defineStatusPageTests(store: TestStore): void {
  let centre: TestCentre;
  beforeEach(async () => {
    centre = await startTestCentre(store);
    await createHall(centre, 'JC');
    const desk = await enrolNewDesk(centre, 'JC', '03');
    const enterprise: Partial<CasePayload> = {
      applicant: {
        ...caseDetail('x', 'JC', '03').applicant,
        kind: 'enterprise',
        idKind: 'credit-code',
        idNumber: '91350100M000100Y43',
        name: '江川市某某科技有限公司',
      },
      queryCode: 'ENTQUERY2026',
    };
    const hostile: Partial<CasePayload> = {
      items: [{ code: 'X', version: 1, name: '<script>alert(1)</script>&事项', department: 'D', promisedDays: 1, promisedDate: null }],
      queryCode: 'HOSTILE12345',
    };
    await sendBatch(
      centre,
      desk,
      batchOf([
        caseEvent(caseDetail('JC-03-2026-000001', 'JC', '03')),
        caseEvent(caseDetail('JC-03-2026-000002', 'JC', '03', enterprise)),
        caseEvent(caseDetail('JC-03-2026-000003', 'JC', '03', { queryCode: undefined })),
        caseEvent(caseDetail('JC-03-2026-000004', 'JC', '03', hostile)),
      ]),
    );
  }, centreHookTimeout);
  afterEach(async () => {
    await centre.close();
  }, centreHookTimeout);

  const page = (caseNo: string, code: string) => api(centre, `/status?case=${encodeURIComponent(caseNo)}&code=${encodeURIComponent(code)}`);

  it('shows number, item, state, promised date and the masked name; nothing else', async () => {
    const reply = await page('JC-03-2026-000001', 'QRY7K2M9XD4H');
    expect(reply.status).toBe(200);
    for (const text of ['受理编号', 'JC-03-2026-000001', '社会保障卡申领', '当前状态', '已受理', '承诺办结日期', '2026-12-04', '张*明']) {
      expect(reply.text).toContain(text);
    }
    for (const secret of ['张小明', '11010519491231002X', '13800000000', '滨江路', '李窗口', 'QRY7K2M9XD4H']) {
      expect(reply.text).not.toContain(secret);
    }
  });

  it('masks an enterprise as its first two and last two characters', async () => {
    const reply = await api(centre, '/v1/public/status?case=JC-03-2026-000002&code=ENTQUERY2026');
    expect(reply.json.value).toEqual({
      caseNo: 'JC-03-2026-000002',
      items: ['社会保障卡申领'],
      state: '已受理',
      promisedDate: '2026-12-04',
      applicantName: '江川**公司',
    });
  });

  it('a wrong code, an unknown case and a case without a query code all get the same answer', async () => {
    const answers = await Promise.all([
      page('JC-03-2026-000001', 'WRONGCODE123'),
      page('JC-03-2026-000001', ''),
      page('JC-03-2026-999999', 'QRY7K2M9XD4H'),
      page('JC-03-2026-000003', 'QRY7K2M9XD4H'),
      page('', ''),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.text).toBe(answers[0]?.text);
      expect(answer.text).toContain('未查询到');
      expect(answer.text).not.toContain('张');
    }
    const json = await api(centre, '/v1/public/status?case=JC-03-2026-000001&code=WRONGCODE123');
    expect(json.status).toBe(404);
    expect(json.json.error.code).toBe('NOT_FOUND');
  });

  it('escapes what the desk sent and sends no referrer', async () => {
    const reply = await page('JC-03-2026-000004', 'HOSTILE12345');
    expect(reply.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;事项');
    expect(reply.text).not.toContain('<script>');
    const response = await fetch(new URL('/status?case=JC-03-2026-000001&code=QRY7K2M9XD4H', centre.url));
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it("shows the department's state once a department has reported", async () => {
    await centre.admin.publishCaseStatus({
      caseNo: 'JC-03-2026-000001',
      state: 'in-review',
      department: '江川市人力资源和社会保障局',
      note: '',
    });
    const reply = await api(centre, '/v1/public/status?case=JC-03-2026-000001&code=QRY7K2M9XD4H');
    expect(reply.json.value.state).toBe('审查中');
  });

  it('limits lookups per source: after 20 a minute, a 429 with a Chinese message, right code or not', async () => {
    for (let i = 0; i < statusLookupsPerMinute; i++) expect((await page('JC-03-2026-000001', `WRONGCODE${i}`)).status).toBe(404);
    const limited = await page('JC-03-2026-000001', 'QRY7K2M9XD4H');
    expect(limited.status).toBe(429);
    expect(limited.json.error.message).toBe(tooManyLookupsMessage);
  });

  it("accepts a desk's 更正 and 作废 (case.corrected, case.voided) and then says 已作废, whatever a department said", async () => {
    const desk = await enrolNewDesk(centre, 'JC', '05');
    const corrected = caseDetail('JC-05-2026-000001', 'JC', '05', { queryCode: 'VOIDQUERY2026' });
    corrected.applicant = { ...corrected.applicant, phone: '13911112222' };
    const voided = { ...corrected, state: 'voided' as const };
    const reply = await sendBatch(centre, desk, batchOf([caseEvent(corrected), caseEvent(corrected, 'case.corrected')]));
    expect(reply.json.value.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const stored = await centre.sql.query<{ phone: string }>(
      `SELECT payload->'applicant'->>'phone' AS phone FROM ${casesWithPayload} WHERE case_no = $1`,
      [corrected.caseNo],
    );
    expect(stored[0]?.phone).toBe('13911112222');
    await centre.admin.publishCaseStatus({
      caseNo: corrected.caseNo,
      state: 'in-review',
      department: '江川市人力资源和社会保障局',
      note: '',
    });
    const voiding = await sendBatch(centre, desk, batchOf([caseEvent(voided, 'case.voided')]));
    expect(voiding.json.value.results[0].status).toBe('applied');
    const page = await api(centre, '/v1/public/status?case=JC-05-2026-000001&code=VOIDQUERY2026');
    expect(page.json.value.state).toBe('已作废');
  });
}
