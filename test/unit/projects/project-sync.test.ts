import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEvent } from '../../../src/central/sync/check-event';
import { knownOpsByEntity } from '../../../src/central/sync/known-ops';
import { chainTemplateOps, projectOps } from '../../../src/shared/projects/project-ops';
import type { TestDesk } from '../../helpers/test-backend';
import { openLifecycleDesk, signIn, w } from '../lifecycle/lifecycle-fixtures';
import { landPlanning, landPreview, openProject, registerFor } from './project-fixtures';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openLifecycleDesk();
});
afterEach(() => desk.close());

const centreDesk = { id: randomUUID(), hallCode: 'JC', deskNo: '03', caseNumberFormats: [] };

describe('projects are synced with the cases', () => {
  it('writes every project change to the outbox, and the centre accepts each event as sent', async () => {
    const agent = await signIn(desk, 'D001', '赵代办', 'agent');
    const other = await signIn(desk, 'D002', '钱代办', 'agent');
    const projectNo = await openProject(desk, 'industrial', agent.id);
    const kase = await registerFor(desk, projectNo, [landPreview, landPlanning]);
    await desk.call('projects.handover', { projectNo, toAgentId: other.id, reason: '岗位调整' }, w);
    const templates = await desk.call('projects.templates', {}, w);
    await desk.call(
      'projects.importTemplates',
      {
        text: JSON.stringify({
          format: 'halldesk-chain-templates',
          formatVersion: 1,
          templates: templates.map((t) => ({ ...t, version: 2 })),
        }),
      },
      w,
    );

    const db = new Database(join(desk.dataDir, 'halldesk.sqlite3'), { readonly: true });
    const rows = db
      .prepare(
        "SELECT event_id, seq, entity, entity_id, op, payload, created_at FROM outbox WHERE entity IN ('project', 'chain-template', 'case') ORDER BY seq",
      )
      .all() as { event_id: string; seq: number; entity: string; entity_id: string; op: string; payload: string; created_at: string }[];
    db.close();
    expect(rows.filter((r) => r.entity !== 'case').map((r) => r.op)).toEqual([
      'project.created',
      'project.case-linked',
      'project.handed-over',
      'chain-template.imported',
    ]);
    // The case's own events come with it: registered, then the hand-over of its agent.
    expect(rows.filter((r) => r.entity === 'case' && r.entity_id === kase.caseNo).map((r) => r.op)).toEqual([
      'case.registered',
      'case.updated',
    ]);
    for (const row of rows) {
      const event = {
        eventId: row.event_id,
        seq: row.seq,
        entity: row.entity,
        entityId: row.entity_id,
        op: row.op,
        payload: JSON.parse(row.payload) as unknown,
        createdAt: row.created_at,
      };
      expect(checkEvent(event, centreDesk), `${row.entity} ${row.op}`).toMatchObject({ kind: 'accepted' });
    }
    expect([...(knownOpsByEntity.get('project') ?? [])].sort()).toEqual([...projectOps].sort());
    expect([...(knownOpsByEntity.get('chain-template') ?? [])]).toEqual([...chainTemplateOps]);
  });
});
