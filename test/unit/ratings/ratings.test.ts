import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import { days, rate, ratingDesk, readStore, sessions, writeStore } from './rating-fixtures';

let desk: TestDesk;
let caseNo: string;
// Setting up a desk hashes four passwords: slow on a busy machine, so the hook gets time.
beforeEach(async () => {
  ({ desk, caseNo } = await ratingDesk());
}, 60_000);
afterEach(() => desk.close());

describe('a rating needs an existing case and an invitation', () => {
  it('refuses to invite a rating for a case that does not exist', async () => {
    expect(await desk.fail('ratings.invite', { caseNo: 'JC-03-2026-999999', stage: 'acceptance' }, sessions.clerk)).toEqual({
      code: 'NOT_FOUND',
      message: '未找到受理编号为 JC-03-2026-999999 的案件，不能邀请评价',
      field: 'caseNo',
    });
    expect(await desk.fail('ratings.forCase', { caseNo: 'JC-03-2026-999999' }, sessions.clerk)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an answer without an invitation, or with the wrong token', async () => {
    const answer = { invitationId: 1, token: 'x', level: 'satisfied' };
    expect(await desk.fail('ratings.submit', answer, sessions.screen)).toMatchObject({
      code: 'NOT_FOUND',
      message: '没有待评价的业务，请等候窗口工作人员发起评价',
    });
    await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    expect(await desk.fail('ratings.submit', answer, sessions.screen)).toMatchObject({ code: 'NOT_FOUND' });
    expect(readStore(desk, 'SELECT * FROM ratings')).toEqual([]);
  });

  it('refuses 出件 before the case is handed out, and a second rating of the same stage', async () => {
    expect(await desk.fail('ratings.invite', { caseNo, stage: 'delivery' }, sessions.clerk)).toMatchObject({
      code: 'VALIDATION',
      field: 'stage',
    });
    const prompt = await rate(desk, caseNo, 'satisfied');
    const again = { invitationId: prompt.invitationId, token: prompt.token, level: 'very-satisfied' };
    expect(await desk.fail('ratings.submit', again, sessions.screen)).toMatchObject({
      code: 'CONFLICT',
      message: '该业务已评价，感谢您的参与',
    });
    expect(await desk.fail('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk)).toMatchObject({
      code: 'CONFLICT',
      message: '该案件的受理环节已评价（满意），不能重复评价',
    });
    writeStore(desk, "UPDATE cases SET state = 'delivered' WHERE case_no = ?", caseNo);
    expect((await desk.call('ratings.forCase', { caseNo }, sessions.clerk)).invitableStages).toEqual(['delivery']);
    await desk.call('ratings.invite', { caseNo, stage: 'delivery' }, sessions.clerk);
  });

  it('shows the screen only the items and the clerk, and forgets an invitation after 15 minutes', async () => {
    const invited = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    const view = { invitationId: invited.id, token: invited.viewToken };
    const prompt = await desk.call('ratings.pending', view, sessions.screen);
    expect(prompt).toMatchObject({
      stage: 'acceptance',
      items: ['社会保障卡申领'],
      clerk: { staffNo: 'C001', name: '李窗口' },
      hallName: '江川市政务服务中心',
      deskNo: '03',
    });
    expect(Object.keys(prompt!).sort()).toEqual(['clerk', 'deskNo', 'hallName', 'invitationId', 'items', 'stage', 'token']);
    desk.clock.advanceMinutes(16);
    expect(await desk.call('ratings.pending', view, sessions.screen)).toBeNull();
    const late = { invitationId: prompt!.invitationId, token: prompt!.token, level: 'satisfied' };
    expect(await desk.fail('ratings.submit', late, sessions.screen)).toMatchObject({
      code: 'CONFLICT',
      message: '评价邀请已过期，请窗口工作人员重新发起评价',
    });
  });

  it('withdraws a waiting invitation when the clerk invites another', async () => {
    const first = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    const second = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    expect(await desk.call('ratings.pending', { invitationId: first.id, token: first.viewToken }, sessions.screen)).toBeNull();
    expect((await desk.call('ratings.pending', { invitationId: second.id, token: second.viewToken }, sessions.screen))?.invitationId).toBe(
      second.id,
    );
    const invitations = (await desk.call('ratings.forCase', { caseNo }, sessions.clerk)).invitations;
    expect(invitations.map((i) => [i.id, i.status])).toEqual([
      [first.id, 'cancelled'],
      [second.id, 'pending'],
    ]);
  });
});

describe('a rating is recorded with its outbox and audit rows', () => {
  it('keeps the level, sub-scores and comment, and sends invitation and rating to the centre', async () => {
    await rate(desk, caseNo, 'very-satisfied', '办事很快');
    const { ratings } = await desk.call('ratings.forCase', { caseNo }, sessions.clerk);
    expect(ratings).toEqual([
      expect.objectContaining({
        caseNo,
        stage: 'acceptance',
        level: 'very-satisfied',
        bad: false,
        scores: { attitude: 2 },
        comment: '办事很快',
        followUpId: null,
      }),
    ]);
    const outbox = readStore<{ entity: string; entity_id: string; op: string }>(
      desk,
      "SELECT entity, entity_id, op FROM outbox WHERE entity IN ('rating', 'follow-up') ORDER BY seq",
    );
    expect(outbox).toEqual([
      { entity: 'rating', entity_id: `${caseNo}/acceptance`, op: 'rating.invited' },
      { entity: 'rating', entity_id: `${caseNo}/acceptance`, op: 'rating.submitted' },
    ]);
    const audit = readStore<{ action: string; actor_staff_no: string | null }>(
      desk,
      "SELECT action, actor_staff_no FROM audit_log WHERE entity = 'rating' ORDER BY seq",
    );
    expect(audit).toEqual([
      { action: 'rating.invited', actor_staff_no: 'C001' },
      { action: 'rating.submitted', actor_staff_no: null },
    ]);
  });

  it('rolls the rating back whole when its outbox row cannot be written', async () => {
    const invited = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    const prompt = (await desk.call('ratings.pending', { invitationId: invited.id, token: invited.viewToken }, sessions.screen))!;
    writeStore(
      desk,
      "CREATE TRIGGER break_outbox BEFORE INSERT ON outbox WHEN NEW.op = 'rating.submitted' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const answer = { invitationId: prompt.invitationId, token: prompt.token, level: 'dissatisfied' };
    expect(await desk.fail('ratings.submit', answer, sessions.screen)).toMatchObject({ code: 'INTERNAL' });
    expect(readStore(desk, 'SELECT * FROM ratings')).toEqual([]);
    expect(readStore(desk, 'SELECT * FROM follow_ups')).toEqual([]);
    expect(readStore(desk, 'SELECT status FROM rating_invitations')).toEqual([{ status: 'pending' }]);
  });
});

describe('a 差评 opens a follow-up', () => {
  it('due 5 working days after the rating day, across the 劳动节 holiday and its 调休 Saturday', async () => {
    desk.clock.advanceMinutes(days(59)); // Thursday 2026-04-30
    await rate(desk, caseNo, 'very-dissatisfied', '等了很久');
    const [followUp] = await desk.call('ratings.followUps', { status: 'open' }, sessions.supervisor);
    expect(followUp).toMatchObject({
      caseNo,
      level: 'very-dissatisfied',
      comment: '等了很久',
      status: 'open',
      // Never the rated clerk: it waits with the supervisor, who works it or assigns it.
      responsible: { staffNo: 'S001', name: '周科长' },
      clerk: { staffNo: 'C001' },
      applicantName: '张三',
      openedOn: '2026-04-30',
      workingDays: 5,
      // 5月1日–5日 off; 6, 7, 8, 9 (调休 Saturday), 11.
      dueDate: '2026-05-11',
      overdueDays: 0,
    });
    const { ratings } = await desk.call('ratings.forCase', { caseNo }, sessions.clerk);
    expect(ratings[0]).toMatchObject({ bad: true, followUpId: followUp!.id });
    expect(readStore(desk, "SELECT op FROM outbox WHERE entity = 'follow-up'")).toEqual([{ op: 'follow-up.opened' }]);
  });

  it('uses the hall setting of 15 working days and its default responsible person', async () => {
    await desk.call('ratings.settings.update', { followUpWorkingDays: 15, defaultResponsibleStaffNo: 'S001' }, sessions.admin);
    desk.clock.advanceMinutes(days(59));
    await rate(desk, caseNo, 'dissatisfied');
    const [followUp] = await desk.call('ratings.followUps', { status: 'open' }, sessions.supervisor);
    expect(followUp).toMatchObject({ workingDays: 15, dueDate: '2026-05-25', responsible: { staffNo: 'S001' } });
    expect(
      await desk.fail('ratings.settings.update', { followUpWorkingDays: 10, defaultResponsibleStaffNo: null }, sessions.admin),
    ).toMatchObject({
      code: 'VALIDATION',
      field: 'followUpWorkingDays',
    });
  });

  it('never gives it to the rated clerk, even as the default responsible person, and refuses assigning it to them', async () => {
    await desk.call('ratings.settings.update', { followUpWorkingDays: 5, defaultResponsibleStaffNo: 'C001' }, sessions.admin);
    await rate(desk, caseNo, 'dissatisfied');
    const [followUp] = await desk.call('ratings.followUps', { status: 'open' }, sessions.supervisor);
    expect(followUp?.responsible.staffNo).not.toBe('C001');
    expect(await desk.call('ratings.followUps', { status: 'open' }, sessions.clerk)).toEqual([]);
    const refused = await desk.fail('ratings.assignFollowUp', { followUpId: followUp!.id, staffNo: 'c001' }, sessions.supervisor);
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      field: 'staffNo',
      message: '差评整改不能交给被评价的人员（李窗口，工号 C001），请另选责任人',
    });
    const choices = await desk.call('ratings.assignees', { followUpId: followUp!.id }, sessions.supervisor);
    expect(choices.map((c) => c.staffNo)).toEqual(['S001', 'A001']);
    expect(await desk.fail('ratings.assignees', { followUpId: followUp!.id }, sessions.clerk)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('opens none for 基本满意 and better', async () => {
    await rate(desk, caseNo, 'basic');
    expect(await desk.call('ratings.followUps', { status: 'all' }, sessions.supervisor)).toEqual([]);
  });
});

describe('the follow-up is worked and closed by its responsible person', () => {
  it('records call-backs, refuses others, closes with the outcome, and shows on the board once overdue', async () => {
    await rate(desk, caseNo, 'dissatisfied');
    const [open] = await desk.call('ratings.followUps', { status: 'open' }, sessions.supervisor);
    const id = open!.id;
    expect(await desk.call('ratings.overdueFollowUps', {}, sessions.supervisor)).toEqual([]);
    expect(await desk.fail('ratings.overdueFollowUps', {}, sessions.clerk)).toMatchObject({ code: 'FORBIDDEN' });

    const early = await desk.fail(
      'ratings.closeFollowUp',
      { followUpId: id, outcome: 'explained', note: '已向申请人解释' },
      sessions.supervisor,
    );
    expect(early).toMatchObject({ code: 'VALIDATION', message: '请先登记对申请人的回访，再办结差评整改' });
    expect(await desk.fail('ratings.recordCallback', { followUpId: id, reached: true, note: '已联系' }, sessions.clerk)).toMatchObject({
      code: 'FORBIDDEN',
      message: '只有整改责任人（周科长，工号 S001）可以办理此项',
    });
    const missed = await desk.call('ratings.recordCallback', { followUpId: id, reached: false, note: '电话无人接听' }, sessions.supervisor);
    expect(missed.status).toBe('open');

    desk.clock.advanceMinutes(days(8)); // due Monday 2026-03-09; now Tuesday 2026-03-10
    const [overdue] = await desk.call('ratings.overdueFollowUps', {}, sessions.supervisor);
    expect(overdue).toMatchObject({ id, dueDate: '2026-03-09', overdueDays: 1 });

    const moved = await desk.call('ratings.assignFollowUp', { followUpId: id, staffNo: 'A001' }, sessions.supervisor);
    expect(moved.responsible).toEqual({ staffNo: 'A001', name: '王管理' });
    expect(await desk.call('ratings.followUps', { status: 'open', mine: true }, sessions.supervisor)).toEqual([]);
    const reached = await desk.call(
      'ratings.recordCallback',
      { followUpId: id, reached: true, note: '已致电申请人，说明原因' },
      sessions.admin,
    );
    expect(reached).toMatchObject({ status: 'called-back', callbacks: [{ reached: false }, { reached: true, by: { staffNo: 'A001' } }] });
    const closed = await desk.call('ratings.closeFollowUp', { followUpId: id, outcome: 'fixed', note: '窗口增设取号提醒' }, sessions.admin);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'fixed', closedBy: { staffNo: 'A001' }, overdueDays: 0 });
    expect(await desk.call('ratings.overdueFollowUps', {}, sessions.supervisor)).toEqual([]);
    expect(await desk.fail('ratings.recordCallback', { followUpId: id, reached: true, note: '再次回访' }, sessions.admin)).toMatchObject({
      code: 'CONFLICT',
    });
    const ops = readStore<{ op: string }>(desk, "SELECT op FROM outbox WHERE entity = 'follow-up' ORDER BY seq").map((r) => r.op);
    expect(ops).toEqual(['follow-up.opened', 'follow-up.called-back', 'follow-up.assigned', 'follow-up.called-back', 'follow-up.closed']);
  });
});
