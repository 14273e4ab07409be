import type { Migration } from './index';

/**
 * After intake (issue 6): the case's lifecycle, 督办 pauses, and 帮办代办.
 *
 * - case_items gains its sub-task's progress (one department each); cases gains the result,
 *   the state to go back to after a 补正 during processing, and why a case was closed early.
 * - case_materials.supplied_on: the day a line owed at intake came; material_supplies keeps
 *   every visit's counts.
 * - case_pauses: clock stops (待补正 after acceptance, 特殊环节), as hall dates (from, to].
 * - case_events: the case's history by desk users and the centre; a user's seen marker points
 *   into it, so "changed since you last looked" is one indexed range.
 * - case_agents / agent_handovers: the proxy agent a case is assigned to with the 代办服务委托书,
 *   and every hand-over between agents. No fee anywhere: the service is free.
 */
export const lifecycle: Migration = {
  version: 5,
  name: 'lifecycle',
  sql: /* sql */ `
ALTER TABLE case_items ADD COLUMN task_state TEXT NOT NULL DEFAULT 'pending'
  CHECK (task_state IN ('pending', 'in-progress', 'suspended', 'done'));
ALTER TABLE case_items ADD COLUMN task_outcome TEXT CHECK (task_outcome IN ('approved', 'disapproved'));
ALTER TABLE case_items ADD COLUMN decision_doc_no TEXT;
ALTER TABLE case_items ADD COLUMN decision_date TEXT;
ALTER TABLE case_items ADD COLUMN decided_by TEXT;
ALTER TABLE case_items ADD COLUMN task_note TEXT;

ALTER TABLE cases ADD COLUMN outcome TEXT CHECK (outcome IN ('approved', 'disapproved', 'partial'));
ALTER TABLE cases ADD COLUMN decided_on TEXT;
ALTER TABLE cases ADD COLUMN resume_state TEXT;
ALTER TABLE cases ADD COLUMN ready_for_collection INTEGER NOT NULL DEFAULT 0 CHECK (ready_for_collection IN (0, 1));
ALTER TABLE cases ADD COLUMN closed_reason TEXT;
ALTER TABLE cases ADD COLUMN closed_on TEXT;
CREATE INDEX cases_lifecycle_state ON cases (state, clerk_id);

ALTER TABLE case_materials ADD COLUMN supplied_on TEXT;

CREATE TABLE material_supplies (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  material_key TEXT NOT NULL,
  originals INTEGER NOT NULL,
  copies INTEGER NOT NULL,
  electronic INTEGER NOT NULL CHECK (electronic IN (0, 1)),
  supplied_on TEXT NOT NULL,
  supplied_at TEXT NOT NULL,
  by_staff_no TEXT NOT NULL
) STRICT;
CREATE INDEX material_supplies_case ON material_supplies (case_no, id);

CREATE TABLE case_pauses (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  kind TEXT NOT NULL CHECK (kind IN ('awaiting-materials', 'special-step')),
  position INTEGER,
  step_name TEXT,
  from_date TEXT NOT NULL,
  to_date TEXT,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX case_pauses_case ON case_pauses (case_no, id);

CREATE TABLE case_deliveries (
  case_no TEXT PRIMARY KEY REFERENCES cases (case_no),
  record TEXT NOT NULL,
  delivered_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('desk', 'centre')),
  actor_id INTEGER,
  actor_name TEXT,
  summary TEXT NOT NULL
) STRICT;
CREATE INDEX case_events_case ON case_events (case_no, seq);

CREATE TABLE seen_markers (
  user_id INTEGER PRIMARY KEY REFERENCES users (id),
  last_seq INTEGER NOT NULL
) STRICT;

CREATE TABLE case_agents (
  case_no TEXT PRIMARY KEY REFERENCES cases (case_no),
  agent_id INTEGER NOT NULL REFERENCES users (id),
  mandate TEXT NOT NULL,
  assigned_at TEXT NOT NULL,
  assigned_by TEXT NOT NULL
) STRICT;
CREATE INDEX case_agents_agent ON case_agents (agent_id);

CREATE TABLE agent_handovers (
  id INTEGER PRIMARY KEY,
  case_no TEXT NOT NULL REFERENCES cases (case_no),
  from_agent_id INTEGER NOT NULL REFERENCES users (id),
  to_agent_id INTEGER NOT NULL REFERENCES users (id),
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  by_staff_no TEXT NOT NULL
) STRICT;
CREATE INDEX agent_handovers_case ON agent_handovers (case_no, id);
`,
};
