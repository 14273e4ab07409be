import type Database from 'better-sqlite3';
import { addDays } from '../../src/shared/calendar/date-string';
import { formatCaseNumber, defaultCaseNumberFormat } from '../../src/shared/intake/case-number';

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁';

/** A deterministic pseudo-random stream, so every run loads the same data. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function residentId(random: () => number): string {
  const year = 1950 + Math.floor(random() * 55);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const body = `320505${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

export function chineseName(random: () => number): string {
  const pick = (chars: string) => chars[Math.floor(random() * chars.length)]!;
  return pick(surnames) + pick(given) + (random() < 0.6 ? pick(given) : '');
}

/** Person items of the seed catalogue the loaded cases are spread over (code, name, department, days). */
export const bulkItems = [
  ['32050000SB-GG-0001', '社会保障卡申领', '江川市社会保险基金管理中心', 1],
  ['32050000SJ-XK-0004', '个体工商户设立登记', '江川市市场监督管理局', 1],
  ['32050000SJ-XK-0006', '食品经营许可（新办）', '江川市市场监督管理局', 5],
  ['32050000BD-QR-0001', '国有建设用地使用权及房屋所有权转移登记', '江川市不动产登记中心', 3],
  ['32050000SB-JF-0001', '失业保险金申领', '江川市社会保险基金管理中心', 3],
  ['32050000YB-GG-0001', '基本医疗保险跨省异地就医备案', '江川市医疗保障局', 1],
  ['32050000GJ-GG-0002', '住房公积金提取（购买自住住房）', '江川市住房公积金管理中心', 1],
  ['32050000GA-GG-0001', '居住证申领', '江川市公安局', 10],
] as const;

export interface BulkOptions {
  /** Clerks (existing users) the cases are spread over; default the bench administrator (id 1). */
  clerks?: readonly { id: number; staffNo: string; name: string }[];
  /** Mix the window's decisions (受理, 容缺, 一次性告知, 不予受理) instead of accepting every case. */
  mixDecisions?: boolean;
  /** Finish (已出件) most accepted cases a few days after acceptance (the lifecycle's decided_on). */
  finish?: boolean;
  /**
   * Receive the cases in number order over the year, as a desk does (about 2,700 a day at a
   * million), instead of spreading consecutive numbers over the twelve months.
   */
  chronological?: boolean;
}

export interface BulkSample {
  caseNo: string;
  name: string;
  idNumber: string;
  phone: string;
}

const decisionOf = (r: number) => (r < 0.8 ? 'accept' : r < 0.85 ? 'accept-deferred' : r < 0.95 ? 'correction-notice' : 'refuse');
const stateOf = {
  accept: 'accepted',
  'accept-deferred': 'accepted',
  'correction-notice': 'awaiting-materials',
  refuse: 'refused',
} as const;

/**
 * Loads `count` cases straight into the store (far faster than registering them one by one),
 * with the same tables and indexes (search index included, through its triggers) a desk has
 * after years of work. Returns every 997th case as a sample to search for.
 */
export function bulkLoadCases(db: Database.Database, count: number, firstSerial: number, options: BulkOptions = {}) {
  const random = seeded(firstSerial);
  const clerks = options.clerks ?? [{ id: 1, staffNo: 'A001', name: '王管理' }];
  const samples: BulkSample[] = [];
  const insertApplicant = db.prepare(
    `INSERT INTO applicants (kind, id_kind, id_number, name, phone, updated_at) VALUES ('person', 'resident', ?, ?, ?, ?)
     ON CONFLICT (id_kind, id_number) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (case_no, request_id, hall_code, desk_no, year, serial, state, decision, applicant_id, applicant_name,
       applicant_id_number, applicant_phone, applicant, item_names, received_at, received_on, accepted_on, promised_date,
       commitment_signed, clerk_id, clerk_staff_no, clerk_name)
     VALUES (?, ?, 'JC', '03', 2026, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const finishCase = db.prepare(`UPDATE cases SET state = 'delivered', decided_on = ? WHERE case_no = ?`);
  const insertItem = db.prepare(
    `INSERT INTO case_items (case_no, position, item_code, item_version, item_name, department, promised_days, promised_date)
     VALUES (?, 0, ?, 1, ?, ?, ?, ?)`,
  );
  const insertMaterial = db.prepare(
    `INSERT INTO case_materials (case_no, position, material_key, spec, applicable, received_originals, received_copies,
       received_electronic, status, supply_deadline)
     VALUES (?, ?, ?, '{}', 1, 1, 1, 0, 'received', NULL)`,
  );
  const dayOf = (month: number, day: number) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const lastSerial = firstSerial + count - 1;
  const receivedOn = (serial: number): [month: number, day: number] => {
    if (!options.chronological) return [1 + (serial % 12), 1 + (serial % 28)];
    const [, month, day] = addDays('2026-01-01', Math.floor(((serial - 1) * 365) / lastSerial))
      .split('-')
      .map(Number);
    return [month!, Math.min(28, day!)];
  };
  const batch = db.transaction((from: number, to: number) => {
    for (let serial = from; serial < to; serial += 1) {
      const name = chineseName(random);
      const idNumber = residentId(random);
      const phone = `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
      const [itemCode, itemName, department, days] = bulkItems[Math.floor(random() * bulkItems.length)]!;
      const clerk = clerks[Math.floor(random() * clerks.length)]!;
      const decision = options.mixDecisions ? decisionOf(random()) : 'accept';
      const accepted = decision === 'accept' || decision === 'accept-deferred';
      const [month, dayOfMonth] = receivedOn(serial);
      const day = dayOf(month, dayOfMonth);
      const promised = accepted ? dayOf(month, Math.min(28, dayOfMonth + days)) : null;
      const { id } = insertApplicant.get(idNumber, name, phone, `${day}T01:00:00.000Z`) as { id: number };
      const caseNo = formatCaseNumber(defaultCaseNumberFormat, { hall: 'JC', desk: '03', year: 2026, serial });
      insertCase.run(
        caseNo,
        `bulk-${serial}`,
        serial,
        stateOf[decision],
        decision,
        id,
        name,
        idNumber,
        phone,
        itemName,
        `${day}T01:00:00.000Z`,
        day,
        accepted ? day : null,
        promised,
        clerk.id,
        clerk.staffNo,
        clerk.name,
      );
      insertItem.run(caseNo, itemCode, itemName, department, days, promised);
      for (let m = 0; m < 4; m += 1) insertMaterial.run(caseNo, m, `material-${m}`);
      if (options.finish && accepted && random() < 0.8) {
        finishCase.run(dayOf(month, Math.min(28, dayOfMonth + Math.floor(random() * (days + 3)))), caseNo);
      }
      if (serial % 997 === 0) samples.push({ caseNo, name, idNumber, phone });
    }
  });
  for (let from = firstSerial; from < firstSerial + count; from += 20_000) batch(from, Math.min(from + 20_000, firstSerial + count));
  db.prepare(
    'INSERT INTO case_serials (year, last_serial) VALUES (2026, ?) ON CONFLICT (year) DO UPDATE SET last_serial = excluded.last_serial',
  ).run(firstSerial + count - 1);
  return samples;
}
