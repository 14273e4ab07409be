import type { z } from 'zod';
import { homeOverviewSchema } from '../../../shared/contract/home-endpoints';
import type { Db } from '../../db/open-database';
import { parseRows } from '../../db/parse-row';
import { openStatesSql } from '../supervision/supervision-queries';

const listLimit = 50;
const todayCaseSchema = homeOverviewSchema.shape.todayCases.element;
const deferredMaterialSchema = homeOverviewSchema.shape.deferredDue.element.omit({ overdue: true });

/** The cases a clerk registered on `day`, the latest first. */
export function listClerkCasesOfDay(db: Db, clerkId: number, day: string): z.output<typeof todayCaseSchema>[] {
  const rows = db
    .prepare(
      `SELECT case_no AS caseNo, applicant_name AS applicantName, item_names AS itemNames, state, decision, received_at AS receivedAt
       FROM cases WHERE clerk_id = ? AND received_on = ? ORDER BY received_at DESC, case_no DESC LIMIT ${listLimit}`,
    )
    .all(clerkId, day);
  return parseRows(todayCaseSchema, rows, '今日案件');
}

/** 容缺 materials still owed on a clerk's open cases, the earliest deadline first. */
export function listClerkDeferredMaterials(db: Db, clerkId: number): z.output<typeof deferredMaterialSchema>[] {
  const rows = db
    .prepare(
      `SELECT c.case_no AS caseNo, c.applicant_name AS applicantName, json_extract(m.spec, '$.name') AS materialName,
              m.supply_deadline AS deadline
       FROM case_materials m JOIN cases c ON c.case_no = m.case_no
       WHERE c.clerk_id = ? AND c.state IN ${openStatesSql} AND m.status = 'deferred'
       ORDER BY m.supply_deadline IS NULL, m.supply_deadline, c.case_no, m.position LIMIT ${listLimit}`,
    )
    .all(clerkId);
  return parseRows(deferredMaterialSchema, rows, '容缺材料');
}
