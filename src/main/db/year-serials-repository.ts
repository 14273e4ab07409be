import { z } from 'zod';
import type { Db } from './open-database';

/** The desk's number series counted per year (case numbers, 全程代办 project numbers): one table each, the same shape. */
export type YearSerialTable = 'case_serials' | 'project_serials';

/** The next serial of the series for the year; call inside the transaction that stores what it numbers. */
export function takeYearSerial(db: Db, table: YearSerialTable, year: number): number {
  const row = db
    .prepare(
      `INSERT INTO ${table} (year, last_serial) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last_serial = last_serial + 1
       RETURNING last_serial`,
    )
    .get(year);
  return z.object({ last_serial: z.number() }).parse(row).last_serial;
}

/**
 * Raises the series to at least these serials (a desk restored from an old backup learns from the
 * centre which numbers its window already used). Returns how many years moved.
 */
export function raiseYearSerialsTo(db: Db, table: YearSerialTable, serials: readonly { year: number; serial: number }[]): number {
  const raise = db.prepare(
    `INSERT INTO ${table} (year, last_serial) VALUES (?, ?)
     ON CONFLICT (year) DO UPDATE SET last_serial = excluded.last_serial WHERE excluded.last_serial > last_serial`,
  );
  return serials.reduce((raised, s) => raised + raise.run(s.year, s.serial).changes, 0);
}
