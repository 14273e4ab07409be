import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enterprise, registration } from '../../helpers/intake-fixtures';
import type { TestDesk } from '../../helpers/test-backend';
import { advanceDays, openLifecycleDesk, signIn, w } from '../lifecycle/lifecycle-fixtures';
import { buildingPlanning, decideAll, landPlanning, landPreview, openProject, registerFor, setupItems } from './project-fixtures';

let desk: TestDesk;
let agentId: number;
let otherAgentId: number;

beforeEach(async () => {
  desk = await openLifecycleDesk();
  agentId = (await signIn(desk, 'D001', '赵代办', 'agent')).id;
  otherAgentId = (await signIn(desk, 'D002', '钱代办', 'agent')).id;
});
afterEach(() => desk.close());

function outbox(entity: string) {
  const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
  const rows = db.prepare('SELECT op, entity_id, payload FROM outbox WHERE entity = ? ORDER BY seq').all(entity) as {
    op: string;
    entity_id: string;
    payload: string;
  }[];
  db.close();
  return rows.map((r) => ({ op: r.op, entityId: r.entity_id, payload: JSON.parse(r.payload) as Record<string, unknown> }));
}

describe('a 全程代办 project', () => {
  it('opens under its template with its outbox record and audit entry, and refuses a fee', async () => {
    const projectNo = await openProject(desk, 'industrial', agentId);
    expect(projectNo).toBe('JC-03-XM2026-0001');
    const board = await desk.call('projects.board', { projectNo }, w);
    expect(board.stages.map((s) => [s.name, s.state])).toEqual([
      ['立项用地规划许可', 'open'],
      ['工程建设许可', 'locked'],
      ['施工许可', 'locked'],
      ['竣工验收', 'locked'],
    ]);
    expect(board.project).toMatchObject({ targetDays: 60, daysUsed: 0, agent: { staffNo: 'D001' }, currentStage: '立项用地规划许可' });
    expect(board.nextSteps).toEqual([
      '【立项用地规划许可】申报“建设项目用地预审与选址意见书核发”',
      '【立项用地规划许可】申报“建设用地规划许可证核发”',
    ]);
    expect(outbox('project')).toMatchObject([
      { op: 'project.created', entityId: projectNo, payload: { mandate: { no: 'QCDB-2026-007' } } },
    ]);
    const audit = await desk.call('audit.list', { page: 1, pageSize: 20 }, w);
    expect(audit.rows.some((r) => r.action === 'project.created' && r.entityId === projectNo)).toBe(true);

    const fee = await desk.fail(
      'projects.create',
      {
        kind: 'industrial',
        name: '项目',
        enterpriseCreditCode: '91350100M000100Y43',
        enterpriseName: '某公司',
        location: '某地',
        agentId,
        mandateNo: '1',
        mandateSignedOn: '2026-03-02',
        fee: 100,
      },
      w,
    );
    expect(fee.message).toBe('全程代办服务免费，委托书不得约定任何费用');
  });

  it('links cases registered for it, refuses a later stage before the earlier one is decided, and goes to its agent', async () => {
    const projectNo = await openProject(desk, 'industrial', agentId);
    const early = await desk.fail(
      'cases.register',
      {
        ...registration({ itemCodes: [buildingPlanning], applicant: enterprise, materials: [], decision: { kind: 'correction-notice' } }),
        projectNo,
      },
      w,
    );
    expect(early.message).toBe('“立项用地规划许可”阶段尚未全部办结，不能申报“工程建设许可”阶段的事项');
    const wrongApplicant = await desk.fail(
      'cases.register',
      {
        ...registration({
          itemCodes: [landPreview],
          applicant: { ...enterprise, creditCode: '91320500MA1XY01237' },
          materials: [],
          decision: { kind: 'correction-notice' },
        }),
        projectNo,
      },
      w,
    );
    expect(wrongApplicant.message).toMatch(/^申请人应为项目单位/);

    const stageOne = await registerFor(desk, projectNo, [landPreview, landPlanning]);
    const again = await desk.fail(
      'cases.register',
      {
        ...registration({ itemCodes: [landPreview], applicant: enterprise, materials: [], decision: { kind: 'correction-notice' } }),
        projectNo,
      },
      w,
    );
    expect(again.message).toBe(`该项目的事项 ${landPreview} 已在案件 ${stageOne.caseNo} 中办理`);
    const worklist = await desk.call('agents.worklist', {}, 'D001');
    expect(worklist.rows.map((r) => r.caseNo)).toEqual([stageOne.caseNo]);
    expect(outbox('project').map((e) => e.op)).toEqual(['project.created', 'project.case-linked']);

    await decideAll(desk, stageOne.caseNo, '2026-03-02');
    const board = await desk.call('projects.board', { projectNo }, 'D001');
    expect(board.stages.map((s) => s.state)).toEqual(['done', 'open', 'locked', 'locked']);
    expect(board.nextSteps).toEqual(['【工程建设许可】申报“建设工程规划许可”']);
    await registerFor(desk, projectNo, [buildingPlanning]);
  });

  it('counts working days used against the target without the time waiting for materials', async () => {
    const projectNo = await openProject(desk, 'industrial', agentId);
    const kase = await registerFor(desk, projectNo, [landPreview, landPlanning]); // Monday 03-02
    advanceDays(desk, 1); // Tuesday: the department asks for the contract again
    await desk.call('lifecycle.requestMaterials', { caseNo: kase.caseNo, keys: ['land-grant-contract'], note: '出让合同缺附图' }, w);
    const waiting = await desk.call('projects.board', { projectNo }, w);
    expect(waiting.stages[0]!.items.map((i) => i.state)).toEqual(['awaiting-materials', 'awaiting-materials']);
    expect(waiting.missing).toEqual([
      { caseNo: kase.caseNo, itemNames: expect.any(String), material: expect.stringMatching(/^国有建设用地使用权出让合同/) },
    ]);
    advanceDays(desk, 2); // Thursday: the contract comes back
    await desk.call('lifecycle.supply', { caseNo: kase.caseNo, materials: [{ key: 'land-grant-contract', originals: 1, copies: 1 }] }, w);
    advanceDays(desk, 1); // Friday: decided
    await decideAll(desk, kase.caseNo, '2026-03-06');
    advanceDays(desk, 3); // Monday 03-09: no case runs, nothing more is counted
    const board = await desk.call('projects.board', { projectNo }, w);
    // Tuesday and Friday; Wednesday and Thursday waited for the enterprise.
    expect(board.project.daysUsed).toBe(2);
  });

  it('hands a project over with its open cases and keeps the history', async () => {
    const projectNo = await openProject(desk, 'industrial', agentId);
    const kase = await registerFor(desk, projectNo, [landPreview, landPlanning]);
    const refused = await desk.fail('projects.handover', { projectNo, toAgentId: otherAgentId, reason: '休假' }, 'D002');
    expect(refused.message).toBe('代办员只能交接自己负责的项目');
    const board = await desk.call('projects.handover', { projectNo, toAgentId: otherAgentId, reason: '休产假' }, 'D001');
    expect(board.project.agent.staffNo).toBe('D002');
    expect(board.handovers).toMatchObject([{ fromStaffNo: 'D001', toStaffNo: 'D002', reason: '休产假' }]);
    expect((await desk.call('agents.worklist', {}, 'D002')).rows.map((r) => r.caseNo)).toEqual([kase.caseNo]);
    expect((await desk.call('agents.worklist', {}, 'D001')).rows).toEqual([]);
    const lifecycle = await desk.call('lifecycle.get', { caseNo: kase.caseNo }, w);
    expect(lifecycle.handovers).toMatchObject([{ fromStaffNo: 'D001', toStaffNo: 'D002' }]);
    expect((await desk.fail('projects.board', { projectNo }, 'D001')).message).toBe('代办员只能查看自己负责的项目');
    expect(outbox('project').at(-1)).toMatchObject({ op: 'project.handed-over', payload: { agent: { staffNo: 'D002' } } });
  });

  it("lists every project for a supervisor by agent, kind and risk, and an agent's own only", async () => {
    await signIn(desk, 'S001', '孙科长', 'supervisor');
    const industrial = await openProject(desk, 'industrial', agentId);
    const setup = await openProject(desk, 'enterprise-setup', otherAgentId);
    expect((await desk.call('projects.list', {}, 'S001')).map((p) => p.projectNo).sort()).toEqual([industrial, setup].sort());
    expect((await desk.call('projects.list', { agentId }, 'S001')).map((p) => p.projectNo)).toEqual([industrial]);
    expect((await desk.call('projects.list', { kind: 'enterprise-setup' }, 'S001')).map((p) => p.projectNo)).toEqual([setup]);
    expect((await desk.call('projects.list', {}, 'D001')).map((p) => p.projectNo)).toEqual([industrial]);
    // 企业开办 promises 3 days; its five items at 1 day each in parallel fit.
    expect((await desk.call('projects.list', { level: 'normal' }, 'S001')).length).toBe(2);
    expect(await desk.call('projects.list', { level: 'red' }, 'S001')).toEqual([]);
  });
});

describe('三减 figures', () => {
  it('equal the cases behind them', async () => {
    const projectNo = await openProject(desk, 'enterprise-setup', agentId);
    const kase = await registerFor(desk, projectNo, setupItems, { missing: ['premises-proof'], decision: { kind: 'correction-notice' } });
    advanceDays(desk, 1); // Tuesday: the premises proof comes; accepted that day
    await desk.call('lifecycle.supply', { caseNo: kase.caseNo, materials: [{ key: 'premises-proof', originals: 1, copies: 1 }] }, w);
    advanceDays(desk, 1); // Wednesday: decided
    await decideAll(desk, kase.caseNo, '2026-03-04');
    const figures = await desk.call('projects.figures', {}, w);
    const setup = figures.kinds.find((k) => k.kind === 'enterprise-setup')!;

    const detail = await desk.call('cases.get', { caseNo: kase.caseNo }, w);
    const handedIn = detail.materials.filter(
      (m) => m.applicable && (m.receivedOriginals + m.receivedCopies > 0 || m.receivedElectronic),
    ).length;
    expect(detail.acceptedOn).toBe('2026-03-03');
    expect(setup).toMatchObject({ projects: 1, finished: 1, medianDays: 1, worstDays: 1, materials: handedIn, trips: 2 });
    // The statutory sum: the five items' limits, required materials and at least one trip each.
    const items = await Promise.all(setupItems.map((code) => desk.call('catalogue.get', { code }, w)));
    expect(setup.statutoryDays).toBe(items.reduce((s, i) => s + i.statutoryDays, 0));
    expect(setup.statutoryTrips).toBe(5);
    expect(setup.statutoryMaterials).toBe(items.reduce((s, i) => s + i.materials.filter((m) => m.necessity !== 'conditional').length, 0));
    expect(setup.materials).toBeLessThan(setup.statutoryMaterials);

    const xlsx = await desk.call('projects.figuresXlsx', {}, w);
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.xlsxBase64, 'base64') as never);
    const row = book.getWorksheet('全程代办')!.getRow(4 + figures.kinds.findIndex((k) => k.kind === 'enterprise-setup'))
      .values as unknown[];
    expect(row.slice(1)).toEqual(['企业开办', 1, 1, 1, 1, setup.statutoryDays, handedIn, setup.statutoryMaterials, 2, 5]);
  });
});
