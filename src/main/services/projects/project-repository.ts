import { z } from 'zod';
import { caseStates } from '../../../shared/intake/case-types';
import { chainTemplateSchema, type ChainTemplate } from '../../../shared/projects/chain-template';
import { projectHandoverSchema, type ProjectHandover } from '../../../shared/projects/project-views';
import type { Db } from '../../db/open-database';
import { raiseYearSerialsTo, takeYearSerial } from '../../db/year-serials-repository';

/* The SQL of 全程代办 projects: templates, projects, their cases and hand-overs. */

const projectRowSchema = z.object({
  project_no: z.string(),
  kind: z.string(),
  template_version: z.number(),
  name: z.string(),
  enterprise_credit_code: z.string(),
  enterprise_name: z.string(),
  location: z.string(),
  agent_id: z.number(),
  agent_staff_no: z.string(),
  agent_name: z.string(),
  mandate_no: z.string(),
  mandate_signed_on: z.string(),
  target_days: z.number(),
  created_at: z.string(),
  created_by: z.string(),
});
export type ProjectRow = z.infer<typeof projectRowSchema>;

const linkedCaseRowSchema = z.object({
  case_no: z.string(),
  stage_index: z.number(),
  state: z.enum(caseStates),
  accepted_on: z.string().nullable(),
  decided_on: z.string().nullable(),
  closed_on: z.string().nullable(),
});
export type LinkedCaseRow = z.infer<typeof linkedCaseRowSchema>;

export function findTemplateBody(db: Db, kind: string, version: number): string | undefined {
  const row = db.prepare('SELECT body FROM chain_templates WHERE kind = ? AND version = ?').get(kind, version);
  return row === undefined ? undefined : z.object({ body: z.string() }).parse(row).body;
}

export function insertTemplate(db: Db, template: ChainTemplate, at: string): void {
  db.prepare('INSERT INTO chain_templates (kind, version, name, body, imported_at) VALUES (?, ?, ?, ?, ?)').run(
    template.kind,
    template.version,
    template.name,
    JSON.stringify(template),
    at,
  );
}

export function countTemplates(db: Db): number {
  return z.object({ n: z.number() }).parse(db.prepare('SELECT COUNT(*) AS n FROM chain_templates').get()).n;
}

/** The newest version of every kind. */
export function latestTemplates(db: Db): ChainTemplate[] {
  const rows = db
    .prepare(
      `SELECT body FROM chain_templates t
       WHERE version = (SELECT MAX(version) FROM chain_templates v WHERE v.kind = t.kind) ORDER BY kind`,
    )
    .all();
  return rows.map((row) => chainTemplateSchema.parse(JSON.parse(z.object({ body: z.string() }).parse(row).body)));
}

export function templateOf(db: Db, kind: string, version: number): ChainTemplate | undefined {
  const body = findTemplateBody(db, kind, version);
  return body === undefined ? undefined : chainTemplateSchema.parse(JSON.parse(body));
}

export function allTemplates(db: Db): ChainTemplate[] {
  return db
    .prepare('SELECT body FROM chain_templates ORDER BY kind, version')
    .all()
    .map((row) => chainTemplateSchema.parse(JSON.parse(z.object({ body: z.string() }).parse(row).body)));
}

/** The next project serial of this desk for the year; call inside the transaction that stores the project. */
export function takeProjectSerial(db: Db, year: number): number {
  return takeYearSerial(db, 'project_serials', year);
}

/** Raises the desk's project serials to at least these (the centre's, for a restored desk); returns how many moved. */
export function raiseProjectSerialsTo(db: Db, serials: readonly { year: number; serial: number }[]): number {
  return raiseYearSerialsTo(db, 'project_serials', serials);
}

export interface NewProject {
  projectNo: string;
  kind: string;
  templateVersion: number;
  name: string;
  enterpriseCreditCode: string;
  enterpriseName: string;
  location: string;
  agentId: number;
  mandateNo: string;
  mandateSignedOn: string;
  targetDays: number;
  createdAt: string;
  createdBy: string;
}

export function insertProject(db: Db, p: NewProject): void {
  db.prepare(
    `INSERT INTO projects (project_no, kind, template_version, name, enterprise_credit_code, enterprise_name, location, agent_id,
       mandate_no, mandate_signed_on, target_days, created_at, created_by)
     VALUES (@projectNo, @kind, @templateVersion, @name, @enterpriseCreditCode, @enterpriseName, @location, @agentId,
       @mandateNo, @mandateSignedOn, @targetDays, @createdAt, @createdBy)`,
  ).run(p);
}

const projectSelect = `SELECT p.*, u.staff_no AS agent_staff_no, u.name AS agent_name FROM projects p JOIN users u ON u.id = p.agent_id`;

export function findProject(db: Db, projectNo: string): ProjectRow | undefined {
  const row = db.prepare(`${projectSelect} WHERE p.project_no = ?`).get(projectNo);
  return row === undefined ? undefined : projectRowSchema.parse(row);
}

export function listProjectRows(db: Db, filter: { agentId?: number; kind?: string }): ProjectRow[] {
  return db
    .prepare(
      `${projectSelect} WHERE (@agentId IS NULL OR p.agent_id = @agentId) AND (@kind IS NULL OR p.kind = @kind)
       ORDER BY p.created_at DESC, p.project_no`,
    )
    .all({ agentId: filter.agentId ?? null, kind: filter.kind ?? null })
    .map((row) => projectRowSchema.parse(row));
}

export function updateProjectAgent(db: Db, projectNo: string, agentId: number): void {
  db.prepare('UPDATE projects SET agent_id = ? WHERE project_no = ?').run(agentId, projectNo);
}

export function insertProjectCase(db: Db, link: { caseNo: string; projectNo: string; stageIndex: number; at: string }): void {
  db.prepare('INSERT INTO project_cases (case_no, project_no, stage_index, linked_at) VALUES (?, ?, ?, ?)').run(
    link.caseNo,
    link.projectNo,
    link.stageIndex,
    link.at,
  );
}

export function linkedCases(db: Db, projectNo: string): LinkedCaseRow[] {
  return db
    .prepare(
      `SELECT l.case_no, l.stage_index, c.state, c.accepted_on, c.decided_on, c.closed_on
       FROM project_cases l JOIN cases c ON c.case_no = l.case_no WHERE l.project_no = ? ORDER BY c.received_at, l.case_no`,
    )
    .all(projectNo)
    .map((row) => linkedCaseRowSchema.parse(row));
}

export function projectNoOfCase(db: Db, caseNo: string): string | undefined {
  const row = db.prepare('SELECT project_no FROM project_cases WHERE case_no = ?').get(caseNo);
  return row === undefined ? undefined : z.object({ project_no: z.string() }).parse(row).project_no;
}

export function insertProjectHandover(
  db: Db,
  h: { projectNo: string; fromId: number; toId: number; reason: string; at: string; by: string },
): void {
  db.prepare(
    'INSERT INTO project_handovers (project_no, from_agent_id, to_agent_id, reason, at, by_staff_no) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(h.projectNo, h.fromId, h.toId, h.reason, h.at, h.by);
}

export function listProjectHandovers(db: Db, projectNo: string): ProjectHandover[] {
  return db
    .prepare(
      `SELECT f.staff_no AS fromStaffNo, f.name AS fromName, t.staff_no AS toStaffNo, t.name AS toName,
              h.reason, h.at, h.by_staff_no AS byStaffNo
       FROM project_handovers h JOIN users f ON f.id = h.from_agent_id JOIN users t ON t.id = h.to_agent_id
       WHERE h.project_no = ? ORDER BY h.id`,
    )
    .all(projectNo)
    .map((row) => projectHandoverSchema.parse(row));
}

const tripRowSchema = z.object({ case_no: z.string(), supply_days: z.number(), collected_at_window: z.number() });

/**
 * The visits recorded at each case: the intake visit, one per day materials were brought later,
 * and collecting the result at the window (a mailed result needs no trip).
 */
export function caseTrips(db: Db, caseNos: readonly string[]): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT c.value AS case_no,
         (SELECT COUNT(DISTINCT supplied_on) FROM material_supplies s WHERE s.case_no = c.value) AS supply_days,
         (SELECT COUNT(*) FROM case_deliveries d WHERE d.case_no = c.value AND json_extract(d.record, '$.method') = 'window') AS collected_at_window
       FROM json_each(?) c`,
    )
    .all(JSON.stringify(caseNos))
    .map((row) => tripRowSchema.parse(row));
  return new Map(rows.map((r) => [r.case_no, 1 + r.supply_days + r.collected_at_window]));
}

const materialCountRowSchema = z.object({ case_no: z.string(), handed_in: z.number() });

/** Material lines the applicant actually handed in at each case (a line shared by a joint case once). */
export function caseMaterialCounts(db: Db, caseNos: readonly string[]): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT c.value AS case_no,
         (SELECT COUNT(*) FROM case_materials m WHERE m.case_no = c.value AND m.applicable = 1
            AND (m.received_originals + m.received_copies + m.received_electronic > 0 OR m.supplied_on IS NOT NULL)) AS handed_in
       FROM json_each(?) c`,
    )
    .all(JSON.stringify(caseNos))
    .map((row) => materialCountRowSchema.parse(row));
  return new Map(rows.map((r) => [r.case_no, r.handed_in]));
}
