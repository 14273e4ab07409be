/**
 * bench/centre: the centre at a province's size. Loads 1,000 halls and 5,000,000 sub-tasks (the
 * workbench's centre_subtasks and the board's board_subtasks, board_ratings, board_follow_ups) by
 * COPY (psql's \copy from stdin) into a PostgreSQL server, then prints the load time and the
 * response times (p50/p95) of the department queue (h14-workbench's readQueue) and of the 督查看板
 * (boardFigures) for all halls, one hall and one department.
 *
 * CENTRAL_BENCH_DATABASE_URL (or CENTRAL_TEST_DATABASE_URL) names the server; the bench works in
 * its own database h14_board_bench there (dropped and created again). BENCH_HALLS and
 * BENCH_SUBTASKS change the size (defaults 1000 and 5000000), BENCH_RUNS the samples per query;
 * BENCH_SKIP_LOAD=1 measures the rows a previous run loaded.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { CentreUser } from '../src/central/accounts/centre-user';
import { boardFigures } from '../src/central/board/board-figures';
import { migrate } from '../src/central/db/migrate';
import { openPostgresSql } from '../src/central/db/postgres-sql';
import type { Sql } from '../src/central/db/sql';
import { centreCalendar } from '../src/central/workbench/centre-calendar';
import { readQueue } from '../src/central/workbench/department-queue';
import { addDays } from '../src/shared/calendar/date-string';
import { hallDateOf } from '../src/shared/time/hall-time';
import { benchDepartments, benchSubtasks, hallCode, type BenchSubtask } from './lib/centre-bench-rows';
import { report } from './lib/stats';

const serverUrl = process.env.CENTRAL_BENCH_DATABASE_URL ?? process.env.CENTRAL_TEST_DATABASE_URL;
if (!serverUrl) {
  console.log('bench/centre: set CENTRAL_BENCH_DATABASE_URL (e.g. postgres://halldesk:halldesk@127.0.0.1:5432/postgres)');
  process.exit(0);
}
const halls = Number(process.env.BENCH_HALLS ?? 1000);
const subtasks = Number(process.env.BENCH_SUBTASKS ?? 5_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const database = 'h14_board_bench';
const today = hallDateOf(new Date());

function databaseUrl(name: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const csv = (values: readonly (string | number | boolean | null)[]) =>
  values.map((v) => (v === null ? '' : typeof v === 'string' ? `"${v.replaceAll('"', '""')}"` : String(v))).join(',');

/** Streams rows into `table` through one `\copy ... FROM STDIN`, waiting on the pipe when it is full. */
async function copyRows(url: string, table: string, columns: string, rows: Iterable<string>): Promise<number> {
  const psql = spawn('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${table} (${columns}) FROM STDIN WITH (FORMAT csv)`], {
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const done = new Promise<void>((resolve, reject) =>
    psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql \\copy ${table} failed (${code})`)))),
  );
  let count = 0;
  let chunk: string[] = [];
  const flush = async () => {
    if (!psql.stdin.write(chunk.join(''))) await new Promise((resolve) => psql.stdin.once('drain', resolve));
    chunk = [];
  };
  for (const row of rows) {
    chunk.push(`${row}\n`);
    count += 1;
    if (chunk.length === 5000) await flush();
  }
  await flush();
  psql.stdin.end();
  await done;
  return count;
}

const deskId = randomUUID();

function* workbenchRows(): Generator<string> {
  for (const s of benchSubtasks(halls, subtasks, today)) {
    yield csv([
      s.hall,
      s.caseNo,
      s.position,
      '01',
      s.department,
      `X-${s.promisedDays}`,
      '事项',
      '张三',
      s.open ? 'in-progress' : 'delivered',
      s.open ? 'in-progress' : 'done',
      s.open,
      s.acceptedOn,
      s.promisedDays,
      s.dueDate,
      s.decidedOn,
      deskId,
      1,
    ]);
  }
}

function boardRow(s: BenchSubtask): string {
  return csv([
    s.hall,
    s.caseNo,
    s.position,
    s.department,
    `X-${s.promisedDays}`,
    1,
    true,
    s.open ? 'in-progress' : 'delivered',
    'accept',
    s.receivedOn,
    s.acceptedOn,
    s.decidedOn,
    s.dueDate,
    false,
    s.dueDate,
    0,
    s.open ? 'in-progress' : 'done',
    s.dueDate,
    s.open,
    s.promisedDays,
    s.position === 0 && s.caseNo.endsWith('7') ? 1 : 0,
    s.position === 0 && s.caseNo.endsWith('3') ? 1 : 0,
  ]);
}

function* boardRows(): Generator<string> {
  for (const s of benchSubtasks(halls, subtasks, today)) yield boardRow(s);
}

/** The rated cases, each with its departments: a joint case's second sub-task follows its first. */
function* ratedCases(): Generator<{ s: BenchSubtask; departments: string }> {
  let rated: BenchSubtask | null = null;
  let departments: string[] = [];
  for (const s of benchSubtasks(halls, subtasks, today)) {
    if (s.position > 0) {
      if (rated !== null) departments.push(s.department);
      continue;
    }
    if (rated !== null) yield { s: rated, departments: `{${departments.join(',')}}` };
    rated = s.rated ? s : null;
    departments = [s.department];
  }
  if (rated !== null) yield { s: rated, departments: `{${departments.join(',')}}` };
}

function* ratingRows(): Generator<string> {
  for (const { s, departments } of ratedCases())
    yield csv([s.hall, s.caseNo, 'delivery', s.bad ? 'dissatisfied' : 'satisfied', s.bad, !s.bad, s.decidedOn, departments]);
}

function* followUpRows(): Generator<string> {
  for (const { s, departments } of ratedCases()) {
    if (s.bad)
      yield csv([
        s.hall,
        s.caseNo,
        'delivery',
        s.caseNo.endsWith('1') ? 'open' : 'closed',
        s.decidedOn,
        addDays(s.decidedOn!, 7),
        null,
        departments,
      ]);
  }
}

async function load(url: string): Promise<void> {
  const sql = await openPostgresSql({ connectionString: url });
  await migrate(sql);
  await sql.query(
    `INSERT INTO halls (code, name) SELECT 'H' || lpad(n::text, 4, '0'), '第' || n || '号政务服务中心' FROM generate_series(0, $1::int - 1) n`,
    [halls],
  );
  await sql.close();
  const started = process.hrtime.bigint();
  const tables: [string, string, () => Iterable<string>][] = [
    [
      'centre_subtasks',
      `hall_code, case_no, position, desk_no, department, item_code, item_name, applicant_name, case_state, task_state, is_open,
       accepted_on, promised_days, due_date, decided_on, source_desk_id, source_seq`,
      workbenchRows,
    ],
    [
      'board_subtasks',
      `hall_code, case_no, position, department, item_code, item_version, first_of_department, case_state, decision, received_on,
       accepted_on, decided_on, promised_date, paused, clock_due_date, extension_days, subtask_state, subtask_due_date, under_clock,
       promised_days, materials_reused, trips_saved`,
      boardRows,
    ],
    ['board_ratings', 'hall_code, case_no, stage, level, is_bad, is_satisfied, rated_on, departments', ratingRows],
    ['board_follow_ups', 'hall_code, case_no, stage, status, opened_on, due_date, closed_on, departments', followUpRows],
  ];
  // One COPY per table, the tables side by side (each COPY is one server process).
  await Promise.all(
    tables.map(async ([table, columns, rows]) => {
      const since = process.hrtime.bigint();
      const count = await copyRows(url, table, columns.replace(/\s+/g, ' '), rows());
      console.log(`load ${table}: ${count} rows in ${seconds(since).toFixed(1)} s (${Math.round(count / seconds(since))}/s)`);
    }),
  );
  const analyse = await openPostgresSql({ connectionString: url });
  // VACUUM sets the visibility map, so the board's covering indexes are read index-only (autovacuum would, later).
  await analyse.query('VACUUM ANALYZE');
  await analyse.close();
  console.log(`load total (COPY + VACUUM ANALYZE): ${seconds(started).toFixed(1)} s for ${halls} halls, ${subtasks} sub-tasks`);
}

/**
 * Rows loaded before the ratings and follow-ups carried their case's departments (the board's
 * migration changed while unreleased): adds and fills the column once, as the projection would have.
 */
async function fillCaseDepartments(url: string): Promise<void> {
  const sql = await openPostgresSql({ connectionString: url });
  for (const table of ['board_ratings', 'board_follow_ups']) {
    const [column] = await sql.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM information_schema.columns WHERE table_name = $1 AND column_name = 'departments'`,
      [table],
    );
    if (column?.n !== 0) continue;
    const started = process.hrtime.bigint();
    await sql.query(`ALTER TABLE ${table} ADD COLUMN departments text[] NOT NULL DEFAULT '{}'`);
    await sql.query(
      `UPDATE ${table} r SET departments = d.departments
       FROM (SELECT hall_code, case_no, array_agg(department ORDER BY position) AS departments
             FROM board_subtasks WHERE first_of_department GROUP BY hall_code, case_no) d
       WHERE d.hall_code = r.hall_code AND d.case_no = r.case_no`,
    );
    if (table === 'board_ratings') {
      await sql.query('DROP INDEX board_ratings_rated');
      await sql.query(
        'CREATE INDEX board_ratings_rated ON board_ratings (rated_on) INCLUDE (hall_code, is_satisfied, is_bad, departments)',
      );
    }
    await sql.query(`VACUUM ANALYZE ${table}`);
    console.log(`filled ${table}.departments in ${seconds(started).toFixed(1)} s`);
  }
  await sql.close();
}

async function sample(label: string, times: number, run: (i: number) => Promise<unknown>): Promise<void> {
  await run(0); // warm: plans and the calendar
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  report(label, samples);
}

const person = (role: CentreUser['role'], hall: string | null, department: string | null): CentreUser => ({
  accountId: 'bench',
  staffNo: 'B001',
  name: '压测',
  role,
  hallCode: hall,
  department,
});

async function measure(sql: Sql): Promise<void> {
  const calendar = await centreCalendar(sql);
  const month = { from: addDays(today, -30), to: today };
  const department = (i: number) => benchDepartments[i % benchDepartments.length]!;
  const hall = (i: number) => hallCode((i * 37) % halls);
  await sample('queue: a department across halls, first page', runs, (i) =>
    readQueue(sql, person('department-reviewer', null, department(i)), { page: 0, pageSize: 30 }),
  );
  await sample('queue: a department, red only', runs, (i) =>
    readQueue(sql, person('department-reviewer', null, department(i)), { page: 0, pageSize: 30, level: 'red' }),
  );
  await sample('queue: a hall administrator', runs, (i) => readQueue(sql, person('hall-admin', hall(i), null), { page: 0, pageSize: 30 }));
  await sample('board: all halls, last 30 days', runs, () =>
    boardFigures(sql, { calendar }, { ...month, hallCode: null, department: null }, today, new Date()),
  );
  await sample('board: one hall, last 30 days', runs, (i) =>
    boardFigures(sql, { calendar }, { ...month, hallCode: hall(i), department: null }, today, new Date()),
  );
  await sample('board: one department, last 30 days', runs, (i) =>
    boardFigures(sql, { calendar }, { ...month, hallCode: null, department: department(i) }, today, new Date()),
  );
  await sample('board: all halls, the whole year', Math.max(3, Math.floor(runs / 4)), () =>
    boardFigures(sql, { calendar }, { from: addDays(today, -365), to: today, hallCode: null, department: null }, today, new Date()),
  );
}

const url = databaseUrl(database);
if (process.env.BENCH_SKIP_LOAD === '1') {
  console.log(`bench/centre: measuring the rows already in ${database} (BENCH_SKIP_LOAD=1)`);
  await fillCaseDepartments(url);
} else {
  const admin = await openPostgresSql({ connectionString: serverUrl });
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.close();
  await load(url);
}
const sql = await openPostgresSql({ connectionString: url });
try {
  await measure(sql);
} finally {
  await sql.close();
}
