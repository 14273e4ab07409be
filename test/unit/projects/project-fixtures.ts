import type { RegisterCaseInput } from '../../../src/shared/contract/case-endpoints';
import { enterprise, receiptsFor, registration } from '../../helpers/intake-fixtures';
import type { TestDesk } from '../../helpers/test-backend';
import { w } from '../lifecycle/lifecycle-fixtures';

export const landPreview = '32050000ZR-XK-0002'; // 用地预审与选址意见书
export const landPlanning = '32050000ZR-XK-0003'; // 建设用地规划许可证
export const buildingPlanning = '32050000ZR-XK-0001'; // 建设工程规划许可
export const fireDesign = '32050000ZJ-XK-0002';
export const constructionPermit = '32050000ZJ-XK-0001';
export const completionFiling = '32050000ZJ-BA-0001';
export const setupItems = ['32050000SJ-XK-0001', '32050000GA-BA-0001', '32050000SW-QT-0001', '32050000SB-QR-0001', '32050000GJ-GG-0001'];

export async function openProject(desk: TestDesk, kind: string, agentId: number, session = w) {
  const board = await desk.call(
    'projects.create',
    {
      kind,
      name: '明远食品年产万吨生产线项目',
      enterpriseCreditCode: enterprise.creditCode,
      enterpriseName: enterprise.name,
      location: '江川市经济开发区纬三路18号',
      agentId,
      mandateNo: 'QCDB-2026-007',
      mandateSignedOn: '2026-03-02',
    },
    session,
  );
  return board.project.projectNo;
}

type Decision = RegisterCaseInput['decision'];

export async function registerFor(
  desk: TestDesk,
  projectNo: string,
  itemCodes: string[],
  options: { missing?: string[]; decision?: Decision } = {},
) {
  const { materials } = await receiptsFor(desk, itemCodes, w, { missing: options.missing ?? [] });
  const decision = options.decision ?? { kind: 'accept' as const };
  return desk.call('cases.register', { ...registration({ itemCodes, applicant: enterprise, materials, decision }), projectNo }, w);
}

export async function decideAll(desk: TestDesk, caseNo: string, decidedOn: string) {
  const kase = await desk.call('cases.get', { caseNo }, w);
  for (const position of kase.items.keys()) {
    await desk.call('lifecycle.recordDecision', { caseNo, position, outcome: 'approved', docNo: `决定-${position}`, decidedOn }, w);
  }
}
