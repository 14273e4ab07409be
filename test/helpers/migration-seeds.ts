import type Database from 'better-sqlite3';

/**
 * Representative rows of each migration's tables, inserted in a store left at that migration's
 * version or later (test/helpers/migration-harness.ts). Keyed by migration name, not number, so
 * the lead's renumbering at merge needs no change here. Columns added by later migrations are
 * left to their defaults, as a store of that time had them.
 */
type Row = Record<string, string | number | Buffer | null>;

function insert(db: Database.Database, table: string, ...rows: Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  }
}

const at = '2026-03-02T01:30:00.000Z';
const caseNo = 'JC-03-2026-000001';
const otherCaseNo = 'JC-03-2026-000002';

export const seedsByMigration: Record<string, (db: Database.Database) => void> = {
  foundation: (db) => {
    insert(db, 'settings', { key: 'hall.code', value: '"JC"' }, { key: 'desk.no', value: '"03"' });
    insert(
      db,
      'users',
      { id: 1, staff_no: 'A001', name: '王管理', role: 'admin', password_hash: 'x', created_at: at, updated_at: at },
      { id: 2, staff_no: 'C001', name: '李窗口', role: 'clerk', password_hash: 'x', created_at: at, updated_at: at },
      { id: 3, staff_no: 'D001', name: '赵代办', role: 'agent', password_hash: 'x', created_at: at, updated_at: at },
    );
    insert(db, 'audit_log', { seq: 1, at, actor_id: 1, actor_staff_no: 'A001', action: 'setup', detail: '{}', prev_hash: '0', hash: 'h1' });
    insert(db, 'outbox', { event_id: 'e1', entity: 'user', entity_id: '2', op: 'create', payload: '{}', created_at: at });
  },
  'catalogue-and-cases': (db) => {
    insert(db, 'catalogue_items', {
      code: 'X-1',
      version: 1,
      name: '个体工商户设立登记',
      department: '市场监管局',
      effective_date: '2026-01-01',
      search_text: 'gtgsh',
      body: '{}',
      imported_at: at,
    });
    insert(db, 'applicants', {
      id: 1,
      kind: 'person',
      id_kind: 'resident',
      id_number: '11010519491231002X',
      name: '张三',
      phone: '13800000000',
      updated_at: at,
    });
    insert(db, 'case_serials', { year: 2026, last_serial: 2 });
    for (const [no, serial] of [
      [caseNo, 1],
      [otherCaseNo, 2],
    ] as const) {
      insert(db, 'cases', {
        case_no: no,
        request_id: `r-${serial}`,
        hall_code: 'JC',
        desk_no: '03',
        year: 2026,
        serial,
        state: 'accepted',
        decision: 'accept',
        applicant_id: 1,
        applicant_name: '张三',
        applicant_id_number: '11010519491231002X',
        applicant_phone: '13800000000',
        applicant: '{}',
        item_names: '个体工商户设立登记',
        received_at: at,
        received_on: '2026-03-02',
        accepted_on: '2026-03-02',
        promised_date: '2026-03-09',
        clerk_id: 2,
        clerk_staff_no: 'C001',
        clerk_name: '李窗口',
      });
      insert(db, 'case_items', {
        case_no: no,
        position: 0,
        item_code: 'X-1',
        item_version: 1,
        item_name: '个体工商户设立登记',
        department: '市场监管局',
        promised_days: 5,
        promised_date: '2026-03-09',
      });
      insert(db, 'case_materials', {
        case_no: no,
        position: 0,
        material_key: 'id-card',
        spec: '{}',
        applicable: 1,
        received_originals: 1,
        received_copies: 1,
        received_electronic: 0,
        status: 'received',
      });
    }
  },
  printing: (db) => {
    insert(db, 'document_serials', { doc_type: 'acceptance-notice', year: 2026, last_serial: 1 });
    insert(db, 'case_documents', {
      case_no: caseNo,
      doc_type: 'acceptance-notice',
      doc_no: 'JC受字〔2026〕第03-000001号',
      reprint: 0,
      paper: 'A4',
      pdf: Buffer.from('%PDF-1.7'),
      sha256: 'x',
      page_count: 1,
      html: '<p></p>',
      printed_at: at,
      clerk_id: 2,
      clerk_staff_no: 'C001',
      clerk_name: '李窗口',
    });
  },
  sync: (db) => {
    insert(db, 'sync_errors', { event_id: 'e0', seq: 1, entity: 'case', entity_id: caseNo, op: 'create', reason: '拒收', rejected_at: at });
    insert(db, 'case_status_updates', {
      cursor: 1,
      case_no: caseNo,
      state: 'processing',
      state_label: '办理中',
      department: '市场监管局',
      note: '',
      updated_at: at,
      received_at: at,
    });
  },
  lifecycle: (db) => {
    insert(db, 'material_supplies', {
      case_no: caseNo,
      material_key: 'id-card',
      originals: 1,
      copies: 0,
      electronic: 0,
      supplied_on: '2026-03-03',
      supplied_at: at,
      by_staff_no: 'C001',
    });
    insert(db, 'case_pauses', { case_no: caseNo, kind: 'awaiting-materials', from_date: '2026-03-03', to_date: '2026-03-04' });
    insert(db, 'case_deliveries', { case_no: otherCaseNo, record: '{}', delivered_at: at });
    insert(db, 'case_events', { case_no: caseNo, at, source: 'desk', actor_id: 2, actor_name: '李窗口', summary: '受理' });
    insert(db, 'seen_markers', { user_id: 2, last_seq: 1 });
    insert(db, 'case_agents', { case_no: caseNo, agent_id: 3, mandate: '{}', assigned_at: at, assigned_by: 'A001' });
    insert(db, 'agent_handovers', { case_no: caseNo, from_agent_id: 3, to_agent_id: 3, reason: '轮岗', at, by_staff_no: 'A001' });
  },
  'ratings-search': (db) => {
    insert(db, 'rating_invitations', {
      id: 1,
      case_no: caseNo,
      stage: 'acceptance',
      token: 't1',
      status: 'rated',
      clerk_id: 2,
      clerk_staff_no: 'C001',
      clerk_name: '李窗口',
      invited_at: at,
      closed_at: at,
    });
    insert(db, 'ratings', {
      id: 1,
      case_no: caseNo,
      stage: 'acceptance',
      invitation_id: 1,
      level: 'dissatisfied',
      is_bad: 1,
      scores: '{}',
      clerk_id: 2,
      clerk_staff_no: 'C001',
      clerk_name: '李窗口',
      rated_at: at,
      rated_on: '2026-03-02',
    });
    insert(db, 'follow_ups', {
      id: 1,
      rating_id: 1,
      case_no: caseNo,
      status: 'open',
      responsible_id: 1,
      responsible_staff_no: 'A001',
      responsible_name: '王管理',
      opened_at: at,
      opened_on: '2026-03-02',
      working_days: 5,
      due_date: '2026-03-09',
    });
    insert(db, 'follow_up_callbacks', { follow_up_id: 1, at, by_staff_no: 'A001', by_name: '王管理', reached: 1, note: '已回访' });
  },
  'account-security': (db) => {
    insert(db, 'login_throttle', { user_id: 2, source: 'web:launch-1', failures: 3, blocked_until: null });
  },
  'clerk-day': (db) => {
    insert(db, 'notifications', {
      id: 1,
      user_id: 2,
      kind: 'urge',
      case_no: caseNo,
      message: '请尽快办理',
      at,
      by_staff_no: 'A001',
      by_name: '王管理',
      read_at: null,
    });
    insert(db, 'handover_notes', {
      id: 1,
      day: '2026-03-02',
      user_id: 2,
      staff_no: 'C001',
      name: '李窗口',
      text: '下午有两件待补正',
      saved_at: at,
    });
  },
  speed: (db) => {
    // Derived tables (rebuilt from the cases by npm run rebuild-summaries), seeded so an upgrade carries them.
    insert(db, 'report_daily_finished', {
      day: '2026-03-05',
      dimension: 'clerk',
      key: 'C001',
      accepted_on: '2026-03-02',
      finished: 1,
      unpaused: 1,
      on_time: 1,
    });
    insert(db, 'report_paused_finished', { day: '2026-03-05', dimension: 'clerk', key: 'C001', case_no: caseNo });
    insert(db, 'report_paused_results', { case_no: caseNo, calendar_stamp: 'seed', on_time: 1, days: 3 });
  },
  'sync-v2': (db) => {
    insert(db, 'outbox', {
      seq: 900,
      event_id: 'e-open',
      entity: 'user',
      entity_id: '2',
      op: 'user.updated',
      payload: '{}',
      created_at: at,
      batch_id: 'b1',
    });
    insert(db, 'outbox_batches', { batch_id: 'b1', first_seq: 900, formed_at: at });
  },
  projects: (db) => {
    const stages = [{ name: '企业开办', itemCodes: ['X-1'], finishBeforeNext: false }];
    const template = { kind: 'enterprise-setup', name: '企业开办', version: 1, targetDays: 3, stages };
    insert(db, 'chain_templates', {
      kind: 'enterprise-setup',
      version: 1,
      name: '企业开办',
      body: JSON.stringify(template),
      imported_at: at,
    });
    insert(db, 'projects', {
      project_no: 'JC-03-XM2026-0001',
      kind: 'enterprise-setup',
      template_version: 1,
      name: '江川新材料有限公司开办',
      enterprise_credit_code: '91350100M000100Y43',
      enterprise_name: '江川新材料有限公司',
      location: '江川市经济开发区',
      agent_id: 3,
      mandate_no: 'DB-2026-001',
      mandate_signed_on: '2026-03-02',
      target_days: 3,
      created_at: at,
      created_by: 'A001',
    });
    insert(db, 'project_cases', { case_no: caseNo, project_no: 'JC-03-XM2026-0001', stage_index: 0, linked_at: at });
    insert(db, 'project_handovers', {
      project_no: 'JC-03-XM2026-0001',
      from_agent_id: 3,
      to_agent_id: 3,
      reason: '岗位调整',
      at,
      by_staff_no: 'A001',
    });
  },
  'number-suffixes': (db) => {
    // A case registered after the suffix index exists, and a phone corrected on an older one.
    const [row] = db.prepare('SELECT * FROM cases WHERE case_no = ?').all(caseNo) as Row[];
    insert(db, 'cases', {
      ...row!,
      case_no: 'JC-03-2026-000003',
      request_id: 'r-3',
      serial: 3,
      applicant_id_number: '440524188001010014',
      applicant_phone: '13900001111',
    });
    db.prepare("UPDATE cases SET applicant_phone = '0512-68001234' WHERE case_no = ?").run(otherCaseNo);
  },
  'material-pages': (db) => {
    insert(db, 'material_pages', {
      id: 1,
      page_id: '5f0c6a52-7f1e-4d8e-9a0e-3f2b1c0d9e8a',
      case_no: caseNo,
      material_key: 'id-card',
      page_order: 0,
      mime: 'image/jpeg',
      size: 123456,
      sha256: 'a'.repeat(64),
      source: 'camera',
      created_by: 2,
      created_by_staff_no: 'C001',
      created_at: at,
    });
  },
  'scanned-files': (db) => {
    // One scan waiting in the tray, one already put on a line.
    insert(db, 'scanned_files', {
      scan_id: 's-1',
      file_name: 'scan-001.pdf',
      sha256: 'b'.repeat(64),
      size: 2048,
      state: 'waiting',
      taken_at: at,
    });
    insert(db, 'scanned_files', {
      scan_id: 's-2',
      file_name: 'scan-002.jpg',
      sha256: 'c'.repeat(64),
      size: 4096,
      state: 'assigned',
      taken_at: at,
      settled_at: at,
      settled_by_staff_no: 'C001',
    });
  },
  'page-uploads': (db) => {
    insert(
      db,
      'page_uploads',
      { sha256: 'a'.repeat(64), case_no: caseNo, mime: 'image/jpeg', size: 123456, state: 'pending', bytes_sent: 65536, queued_at: at },
      {
        sha256: 'b'.repeat(64),
        case_no: caseNo,
        mime: 'image/jpeg',
        size: 2000,
        state: 'done',
        bytes_sent: 2000,
        queued_at: at,
        done_at: at,
      },
    );
  },
  'project-serials': (db) => {
    insert(db, 'project_serials', { year: 2025, last_serial: 7 });
  },
};
