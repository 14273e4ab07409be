import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { seedRepresentativeData, storeAtVersion } from '../../helpers/migration-harness';

describe('the project-serials migration', () => {
  it("starts each year's project serial at the highest the desk used, so the next project continues the numbers", () => {
    const db = storeAtVersion(migrations.findIndex((m) => m.name === 'project-serials'));
    seedRepresentativeData(db); // holds JC-03-XM2026-0001
    const copy = db.prepare(
      `INSERT INTO projects (project_no, kind, template_version, name, enterprise_credit_code, enterprise_name, location, agent_id,
         mandate_no, mandate_signed_on, target_days, created_at, created_by)
       SELECT ?, kind, template_version, name, enterprise_credit_code, enterprise_name, location, agent_id,
         mandate_no, mandate_signed_on, target_days, created_at, created_by FROM projects WHERE project_no = 'JC-03-XM2026-0001'`,
    );
    for (const projectNo of ['JC-03-XM2026-0002', 'JC-03-XM2026-0012', 'JC-03-XM2025-0003']) copy.run(projectNo);

    migrate(db);

    expect(db.prepare('SELECT year, last_serial FROM project_serials ORDER BY year').all()).toEqual([
      { year: 2025, last_serial: 3 },
      { year: 2026, last_serial: 12 },
    ]);
  });
});
