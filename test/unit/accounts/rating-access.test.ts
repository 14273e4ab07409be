import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDesk } from '../../helpers/test-backend';
import { ratingDesk, sessions } from '../ratings/rating-fixtures';

let desk: TestDesk;
let caseNo: string;
beforeEach(async () => {
  ({ desk, caseNo } = await ratingDesk());
}, 60_000);
afterEach(() => desk.close());

const refusedToStaff = { code: 'FORBIDDEN', message: '评价只能由申请人在评价屏上进行' };

describe('好差评 is reachable only from the applicant-facing view with its invitation token', () => {
  it('gives the token to the inviting desk only; the view with it sees the prompt, without it nothing', async () => {
    const invited = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    expect(invited.viewToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(await desk.call('ratings.forCase', { caseNo }, sessions.clerk))).not.toContain(invited.viewToken);
    const view = { invitationId: invited.id, token: invited.viewToken };
    expect(await desk.call('ratings.pending', view, sessions.screen)).toMatchObject({ invitationId: invited.id });
    expect(await desk.call('ratings.pending', { ...view, token: 'guess' }, 'anonymous-browser')).toBeNull();
    expect(await desk.fail('ratings.pending', {}, 'anonymous-browser')).toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses the prompt and the answer to any logged-in session, so a clerk cannot rate their own case', async () => {
    const invited = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    const view = { invitationId: invited.id, token: invited.viewToken };
    expect(await desk.fail('ratings.pending', view, sessions.clerk)).toEqual(refusedToStaff);
    expect(await desk.fail('ratings.submit', { ...view, level: 'very-satisfied' }, sessions.clerk)).toEqual(refusedToStaff);
    expect(await desk.fail('ratings.submit', { ...view, level: 'very-satisfied' }, sessions.supervisor)).toEqual(refusedToStaff);
    expect((await desk.call('ratings.forCase', { caseNo }, sessions.clerk)).ratings).toEqual([]);
  });

  it('uses the token up with the answer: a second answer, or a token of another invitation, is refused', async () => {
    const invited = await desk.call('ratings.invite', { caseNo, stage: 'acceptance' }, sessions.clerk);
    const answer = { invitationId: invited.id, token: invited.viewToken, level: 'satisfied' as const };
    await desk.call('ratings.submit', answer, sessions.screen);
    expect(await desk.fail('ratings.submit', answer, sessions.screen)).toMatchObject({ code: 'CONFLICT' });
    expect(await desk.call('ratings.pending', { invitationId: invited.id, token: invited.viewToken }, sessions.screen)).toBeNull();
  });
});
