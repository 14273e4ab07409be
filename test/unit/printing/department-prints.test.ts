import { describe, expect, it } from 'vitest';
import { documentHtml } from '../../../src/main/services/printing/render-html';
import type { TestDesk } from '../../helpers/test-backend';
import { eachTestDeskWithFeed, type CentreFeed } from '../lifecycle/centre-words';
import { employerInsuranceItem, foundingItem, insuranceDepartment, marketDepartment, register, w } from '../lifecycle/lifecycle-fixtures';

let desk: TestDesk;
let feed: CentreFeed;
eachTestDeskWithFeed((opened) => ({ desk, feed } = opened));

const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
const preview = async (caseNo: string, docType: 'correction-notice' | 'delivery-receipt') =>
  textOf(documentHtml(await desk.call('print.preview', { caseNo, docType }, w)));

describe("the papers of the departments' words", () => {
  it("prints the 补正材料通知书 of a department's 补正 while it is owed, naming the department", async () => {
    const kase = await register(desk, [foundingItem, employerInsuranceItem]);
    expect((await desk.fail('print.preview', { caseNo: kase.caseNo, docType: 'correction-notice' }, w)).code).toBe('VALIDATION');
    feed.pull([
      feed.word({
        caseNo: kase.caseNo,
        state: 'materials-requested',
        stateLabel: '要求补正',
        department: insuranceDepartment,
        note: '请携带原件',
        missingMaterials: [{ name: '开户许可证' }],
      }),
    ]);
    const text = await preview(kase.caseNo, 'correction-notice');
    expect(text).toContain(`经${insuranceDepartment}审查，需要补正材料。补正期间不计入办理时限（自2026年3月2日起暂停计时）`);
    expect(text).toContain('开户许可证');
    expect(text).toContain('补充说明：请携带原件');
    expect(text).toContain('材料补齐后恢复计时');
    const issued = await desk.call('print.issue', { caseNo: kase.caseNo, docType: 'correction-notice' }, w);
    expect(issued.reprint).toBe(false);
  });

  it("prints the window's own 办理中补正 the same way", async () => {
    const kase = await register(desk, [foundingItem]);
    await desk.call('lifecycle.requestMaterials', { caseNo: kase.caseNo, keys: ['company-articles'], note: '章程未签字' }, w);
    const text = await preview(kase.caseNo, 'correction-notice');
    expect(text).toContain('审查，需要补正材料');
    expect(text).toContain('公司章程');
  });

  it("puts each department's decision on the 送达回证", async () => {
    const kase = await register(desk, [foundingItem, employerInsuranceItem]);
    feed.pull([
      feed.word({
        caseNo: kase.caseNo,
        state: 'partially-approved',
        stateLabel: '部分准予',
        department: marketDepartment,
        decision: { documentNo: '(江)登字〔2026〕第21号', decidedOn: '2026-03-02' },
      }),
      feed.word({ caseNo: kase.caseNo, state: 'disapproved', stateLabel: '不予许可', department: insuranceDepartment }),
    ]);
    await desk.call(
      'lifecycle.deliver',
      {
        caseNo: kase.caseNo,
        method: 'window',
        recipient: '刘芳',
        recipientKind: 'other',
        proxyReason: '法定代表人委托',
        recipientIdNumber: '11010519491231002X',
        documents: '营业执照正副本各1份、不予登记决定书1份',
        signed: true,
      },
      w,
    );
    const text = await preview(kase.caseNo, 'delivery-receipt');
    expect(text).toContain(`${marketDepartment}决定部分准予（(江)登字〔2026〕第21号，2026年3月2日）`);
    expect(text).toContain(`${insuranceDepartment}决定不予`);
  });
});
