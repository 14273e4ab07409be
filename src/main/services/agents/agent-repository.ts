import { mandateSchema, type Mandate } from '../../../shared/lifecycle/agent-mandate';
import type { AgentAssignment, Handover } from '../../../shared/lifecycle/agent-mandate';
import type { Db } from '../../db/open-database';
import { parseJsonColumn } from '../../db/parse-row';

interface AssignmentRow {
  case_no: string;
  agent_id: number;
  agent_staff_no: string;
  agent_name: string;
  mandate: string;
  assigned_at: string;
  assigned_by: string;
}

export function findAssignment(db: Db, caseNo: string): AgentAssignment | null {
  const row = db
    .prepare(
      `SELECT a.*, u.staff_no AS agent_staff_no, u.name AS agent_name
       FROM case_agents a JOIN users u ON u.id = a.agent_id WHERE a.case_no = ?`,
    )
    .get(caseNo) as AssignmentRow | undefined;
  if (!row) return null;
  return {
    id: row.agent_id,
    staffNo: row.agent_staff_no,
    name: row.agent_name,
    mandate: parseJsonColumn(mandateSchema, row.mandate, '代办委托书'),
    assignedAt: row.assigned_at,
    assignedBy: row.assigned_by,
  };
}

export function insertAssignment(db: Db, a: { caseNo: string; agentId: number; mandate: Mandate; at: string; by: string }): void {
  db.prepare('INSERT INTO case_agents (case_no, agent_id, mandate, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?)').run(
    a.caseNo,
    a.agentId,
    JSON.stringify(a.mandate),
    a.at,
    a.by,
  );
}

/** The mandate stays: the applicant entrusted the hall's service, not one person. */
export function moveAssignment(db: Db, caseNo: string, toAgentId: number): void {
  db.prepare('UPDATE case_agents SET agent_id = ? WHERE case_no = ?').run(toAgentId, caseNo);
}

export function insertHandover(db: Db, h: { caseNo: string; fromId: number; toId: number; reason: string; at: string; by: string }): void {
  db.prepare('INSERT INTO agent_handovers (case_no, from_agent_id, to_agent_id, reason, at, by_staff_no) VALUES (?, ?, ?, ?, ?, ?)').run(
    h.caseNo,
    h.fromId,
    h.toId,
    h.reason,
    h.at,
    h.by,
  );
}

export function listHandovers(db: Db, caseNo: string): Handover[] {
  return db
    .prepare(
      `SELECT f.staff_no AS fromStaffNo, f.name AS fromName, t.staff_no AS toStaffNo, t.name AS toName,
              h.reason, h.at, h.by_staff_no AS byStaffNo
       FROM agent_handovers h JOIN users f ON f.id = h.from_agent_id JOIN users t ON t.id = h.to_agent_id
       WHERE h.case_no = ? ORDER BY h.id`,
    )
    .all(caseNo) as Handover[];
}

export interface AgentUser {
  id: number;
  staffNo: string;
  name: string;
}

export function listActiveAgents(db: Db): AgentUser[] {
  return db
    .prepare("SELECT id, staff_no AS staffNo, name FROM users WHERE role = 'agent' AND active = 1 ORDER BY staff_no")
    .all() as AgentUser[];
}

export function findActiveAgent(db: Db, id: number): AgentUser | undefined {
  return db.prepare("SELECT id, staff_no AS staffNo, name FROM users WHERE id = ? AND role = 'agent' AND active = 1").get(id) as
    AgentUser | undefined;
}

export function assignedAgentId(db: Db, caseNo: string): number | undefined {
  return (db.prepare('SELECT agent_id FROM case_agents WHERE case_no = ?').get(caseNo) as { agent_id: number } | undefined)?.agent_id;
}

/** The search condition that keeps an agent's search to their assigned cases. */
export function agentScopeFilter(agentId: number): { sql: string; params: Record<string, string | number> } {
  return { sql: 's.case_no IN (SELECT case_no FROM case_agents WHERE agent_id = @scopeAgentId)', params: { scopeAgentId: agentId } };
}
