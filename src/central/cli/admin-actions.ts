import type { z } from 'zod';
import { createCentreAdmin } from '../accounts/account-management';
import type { AccountView } from '../contract/accounts-contract';
import type { CentralOverview } from '../admin/overview';
import type { Sql } from '../db/sql';
import { issueEnrolmentCode } from '../desks/enrolment-codes';
import type { IssuedEnrolmentCode, issueEnrolmentCodeInputSchema } from '../desks/enrolment-codes';
import { revokeDesk } from '../desks/revoke-desk';
import type { RevokeDeskInput, RevokedDesk } from '../desks/revoke-desk';
import { createHall } from '../halls/halls';
import type { CreateHallInput, Hall } from '../halls/halls';
import { readOverview } from '../admin/overview';
import { publishCalendar } from '../publish/publish-calendar';
import type { PublishedCalendar } from '../publish/publish-calendar';
import { publishCaseStatus } from '../publish/publish-case-status';
import type { CaseStatusUpdate, caseStatusInputSchema } from '../publish/publish-case-status';
import { publishCatalogue } from '../publish/publish-catalogue';
import type { PublishedCatalogue } from '../publish/publish-catalogue';

/** The administrator's actions, reached either over HTTP (a running centre) or on the store itself. */
export interface AdminActions {
  createHall(input: CreateHallInput): Promise<Hall & { created: boolean }>;
  issueEnrolmentCode(input: z.output<typeof issueEnrolmentCodeInputSchema>): Promise<IssuedEnrolmentCode>;
  revokeDesk(input: RevokeDeskInput): Promise<RevokedDesk>;
  publishCatalogue(fileText: string, hallCode: string | null): Promise<PublishedCatalogue>;
  publishCalendar(fileText: string): Promise<PublishedCalendar>;
  publishCaseStatus(input: z.output<typeof caseStatusInputSchema>): Promise<CaseStatusUpdate & { cursor: number }>;
  overview(): Promise<CentralOverview>;
  /** A 中心管理员 account with a temporary password shown once (how the first one comes to be). */
  createCentreAdmin(input: { staffNo: string; name: string }): Promise<{ account: AccountView; temporaryPassword: string }>;
}

export function directAdminActions(sql: Sql): AdminActions {
  return {
    createHall: (input) => createHall(sql, input),
    issueEnrolmentCode: (input) => issueEnrolmentCode(sql, input),
    revokeDesk: (input) => revokeDesk(sql, input),
    publishCatalogue: (fileText, hallCode) => publishCatalogue(sql, fileText, hallCode),
    publishCalendar: (fileText) => publishCalendar(sql, fileText),
    publishCaseStatus: (input) => publishCaseStatus(sql, input),
    overview: () => readOverview(sql),
    createCentreAdmin: (input) => createCentreAdmin(sql, input, new Date()),
  };
}
