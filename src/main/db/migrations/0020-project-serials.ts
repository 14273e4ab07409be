import type { Migration } from './index';

/** Where the serial starts in `JC-03-XM2026-0001`: past `-XM` and the four digits of the year and a dash. */
const xm = "instr(project_no, '-XM')";

/**
 * 全程代办 project numbers from a serial per year, like case and document numbers (issue 12
 * follow-up): they were counted from the projects the desk holds, so a desk restored from an old
 * backup gave again the numbers its window had used since. A counter can be raised to what the
 * centre holds for the window (docs/sync-protocol.md §4.3); it starts at the highest serial the
 * desk has used each year.
 */
export const projectSerials: Migration = {
  // Position in this branch (file 0020 as assigned); the lead renumbers at merge.
  version: 20,
  name: 'project-serials',
  sql: /* sql */ `
CREATE TABLE project_serials (
  year INTEGER PRIMARY KEY,
  last_serial INTEGER NOT NULL
) STRICT;
INSERT INTO project_serials (year, last_serial)
  SELECT CAST(substr(project_no, ${xm} + 3, 4) AS INTEGER), MAX(CAST(substr(project_no, ${xm} + 8) AS INTEGER))
  FROM projects WHERE project_no GLOB '*-XM[0-9][0-9][0-9][0-9]-[0-9]*' GROUP BY 1;
`,
};
