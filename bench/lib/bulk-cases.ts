import type Database from 'better-sqlite3';
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

/**
 * Loads `count` cases straight into the store (far faster than registering them one by one),
 * with the same tables and indexes a desk has after years of work. Returns sample names and IDs.
 */
export function bulkLoadCases(db: Database.Database, count: number, firstSerial: number) {
  const random = seeded(firstSerial);
  const samples: { name: string; idNumber: string }[] = [];
  const insertApplicant = db.prepare(
    `INSERT INTO applicants (kind, id_kind, id_number, name, phone, updated_at) VALUES ('person', 'resident', ?, ?, ?, ?)
     ON CONFLICT (id_kind, id_number) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  const insertCase = db.prepare(
    `INSERT INTO cases (case_no, request_id, hall_code, desk_no, year, serial, state, decision, applicant_id, applicant_name,
       applicant_id_number, applicant_phone, applicant, item_names, received_at, received_on, accepted_on, promised_date,
       commitment_signed, clerk_id, clerk_staff_no, clerk_name)
     VALUES (?, ?, 'JC', '03', 2026, ?, 'accepted', 'accept', ?, ?, ?, ?, '{}', '社会保障卡申领', ?, ?, ?, ?, 0, 1, 'A001', '王管理')`,
  );
  const insertItem = db.prepare(
    `INSERT INTO case_items VALUES (?, 0, '32050000SB-GG-0001', 1, '社会保障卡申领', '江川市人力资源和社会保障局', 1, ?)`,
  );
  const insertMaterial = db.prepare(`INSERT INTO case_materials VALUES (?, ?, ?, '{}', 1, 1, 1, 0, 'received', NULL)`);
  const batch = db.transaction((from: number, to: number) => {
    for (let serial = from; serial < to; serial += 1) {
      const name = chineseName(random);
      const idNumber = residentId(random);
      const phone = `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
      const day = `2026-${String(1 + (serial % 12)).padStart(2, '0')}-${String(1 + (serial % 28)).padStart(2, '0')}`;
      const { id } = insertApplicant.get(idNumber, name, phone, `${day}T01:00:00.000Z`) as { id: number };
      const caseNo = formatCaseNumber(defaultCaseNumberFormat, { hall: 'JC', desk: '03', year: 2026, serial });
      insertCase.run(caseNo, `bulk-${serial}`, serial, id, name, idNumber, phone, `${day}T01:00:00.000Z`, day, day, day);
      insertItem.run(caseNo, day);
      for (let m = 0; m < 4; m += 1) insertMaterial.run(caseNo, m, `material-${m}`);
      if (serial % 997 === 0) samples.push({ name, idNumber });
    }
  });
  for (let from = firstSerial; from < firstSerial + count; from += 20_000) batch(from, Math.min(from + 20_000, firstSerial + count));
  db.prepare(
    'INSERT INTO case_serials (year, last_serial) VALUES (2026, ?) ON CONFLICT (year) DO UPDATE SET last_serial = excluded.last_serial',
  ).run(firstSerial + count - 1);
  return samples;
}
