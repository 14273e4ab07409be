import type { Migration } from './index';

/**
 * 全程代办 projects (issue 15).
 *
 * - chain_templates: per project kind and version, the stages and their catalogue items
 *   (resources/catalogue/chain-templates.json, imported like the catalogue). A published version
 *   never changes; a project keeps the version it was opened under.
 * - projects: the enterprise, the agent in charge and the signed 全程代办委托书 (number and date;
 *   no fee: the service is free), the target in working days. Numbered like cases, per desk.
 * - project_cases: the cases registered for a project, each in one stage of its template.
 * - project_handovers: every hand-over of a project between agents (the history stays).
 */
export const projects: Migration = {
  // Position in this branch; the lead renumbers at merge (file 0016 as assigned).
  version: 13,
  name: 'projects',
  sql: /* sql */ `
CREATE TABLE chain_templates (
  kind TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  body TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  PRIMARY KEY (kind, version)
) STRICT;

CREATE TABLE projects (
  project_no TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  name TEXT NOT NULL,
  enterprise_credit_code TEXT NOT NULL,
  enterprise_name TEXT NOT NULL,
  location TEXT NOT NULL,
  agent_id INTEGER NOT NULL REFERENCES users (id),
  mandate_no TEXT NOT NULL,
  mandate_signed_on TEXT NOT NULL,
  target_days INTEGER NOT NULL CHECK (target_days > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  FOREIGN KEY (kind, template_version) REFERENCES chain_templates (kind, version)
) STRICT;
CREATE INDEX projects_agent ON projects (agent_id);
CREATE INDEX projects_enterprise ON projects (enterprise_credit_code);

CREATE TABLE project_cases (
  case_no TEXT PRIMARY KEY REFERENCES cases (case_no),
  project_no TEXT NOT NULL REFERENCES projects (project_no),
  stage_index INTEGER NOT NULL,
  linked_at TEXT NOT NULL
) STRICT;
CREATE INDEX project_cases_project ON project_cases (project_no, stage_index);

CREATE TABLE project_handovers (
  id INTEGER PRIMARY KEY,
  project_no TEXT NOT NULL REFERENCES projects (project_no),
  from_agent_id INTEGER NOT NULL REFERENCES users (id),
  to_agent_id INTEGER NOT NULL REFERENCES users (id),
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  by_staff_no TEXT NOT NULL
) STRICT;
CREATE INDEX project_handovers_project ON project_handovers (project_no, id);
`,
};
