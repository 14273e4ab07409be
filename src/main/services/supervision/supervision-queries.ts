import type { Db } from '../../db/open-database';
import type { LifecycleCaseRow, MaterialRow, PauseRow, TaskRow } from '../lifecycle/lifecycle-repository';
import { parseLifecycleCases, parseMaterials, parsePauses, parseTasks } from '../lifecycle/lifecycle-row-columns';

/** Active states, and 已办结 (the result still has to go out). */
export const openStatesSql = "('awaiting-materials', 'accepted', 'in-progress', 'decided')";

/** Running cases with a clock (accepted): the board's candidates. */
export function listRunningCases(db: Db): LifecycleCaseRow[] {
  return parseLifecycleCases(
    db.prepare("SELECT * FROM cases WHERE state IN ('awaiting-materials', 'accepted', 'in-progress') AND accepted_on IS NOT NULL").all(),
  );
}

export function listClerkOpenCases(db: Db, clerkId: number): LifecycleCaseRow[] {
  return parseLifecycleCases(db.prepare(`SELECT * FROM cases WHERE clerk_id = ? AND state IN ${openStatesSql}`).all(clerkId));
}

export function listAgentOpenCases(db: Db, agentId: number): LifecycleCaseRow[] {
  return parseLifecycleCases(
    db
      .prepare(`SELECT c.* FROM case_agents a JOIN cases c ON c.case_no = a.case_no WHERE a.agent_id = ? AND c.state IN ${openStatesSql}`)
      .all(agentId),
  );
}

export interface CaseChildRows {
  tasks: TaskRow[];
  pauses: PauseRow[];
  /** Only the materials a list row shows: missing, deferred or supplied later. */
  materials: MaterialRow[];
  agents: { case_no: string; name: string }[];
}

/** The child rows of many cases, one query each whatever the number of cases. */
export function listCaseChildRows(db: Db, caseNos: readonly string[]): CaseChildRows {
  const nos = JSON.stringify(caseNos);
  const inList = 'case_no IN (SELECT value FROM json_each(?))';
  return {
    tasks: parseTasks(db.prepare(`SELECT * FROM case_items WHERE ${inList} ORDER BY case_no, position`).all(nos)),
    pauses: parsePauses(db.prepare(`SELECT * FROM case_pauses WHERE ${inList} ORDER BY id`).all(nos)),
    materials: parseMaterials(
      db
        .prepare(
          `SELECT * FROM case_materials WHERE ${inList} AND (status IN ('missing', 'deferred') OR supplied_on IS NOT NULL) ORDER BY case_no, position`,
        )
        .all(nos),
    ),
    agents: db.prepare(`SELECT a.case_no, u.name FROM case_agents a JOIN users u ON u.id = a.agent_id WHERE a.${inList}`).all(nos) as {
      case_no: string;
      name: string;
    }[],
  };
}
