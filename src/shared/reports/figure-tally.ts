import type { FigureRow, TrendPoint } from './report-schemas';

/** The sums a figure row is made of; rates are divided only at the end. */
export interface Counts {
  received: number;
  accepted: number;
  deferred: number;
  correctionNotices: number;
  refusals: number;
  finished: number;
  finishedOnTime: number;
  daysSum: number;
  daysCount: number;
  ratings: number;
  satisfied: number;
  badRatings: number;
}

export function emptyCounts(): Counts {
  return {
    received: 0,
    accepted: 0,
    deferred: 0,
    correctionNotices: 0,
    refusals: 0,
    finished: 0,
    finishedOnTime: 0,
    daysSum: 0,
    daysCount: 0,
    ratings: 0,
    satisfied: 0,
    badRatings: 0,
  };
}

/** Sums partial counts by a key of each (a group, a day, or one key for all). */
export function sumBy<T extends { counts: Partial<Counts> }>(rows: readonly T[], keyOf: (row: T) => string): Map<string, Counts> {
  const sums = new Map<string, Counts>();
  for (const row of rows) {
    const key = keyOf(row);
    let total = sums.get(key);
    if (!total) {
      total = emptyCounts();
      sums.set(key, total);
    }
    for (const [name, value] of Object.entries(row.counts) as [keyof Counts, number | undefined][]) total[name] += value ?? 0;
  }
  return sums;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function toFigureRow(key: string, label: string, c: Counts): FigureRow {
  return {
    key,
    label,
    received: c.received,
    accepted: c.accepted,
    deferred: c.deferred,
    correctionNotices: c.correctionNotices,
    refusals: c.refusals,
    finished: c.finished,
    finishedOnTime: c.finishedOnTime,
    onTimeRate: ratio(c.finishedOnTime, c.finished),
    avgWorkingDays: ratio(c.daysSum, c.daysCount),
    ratings: c.ratings,
    satisfied: c.satisfied,
    satisfaction: ratio(c.satisfied, c.ratings),
    badRatings: c.badRatings,
  };
}

export function toTrendPoint(date: string, counts: Counts | undefined): TrendPoint {
  const c = counts ?? emptyCounts();
  return {
    date,
    received: c.received,
    accepted: c.accepted,
    correctionNotices: c.correctionNotices,
    refusals: c.refusals,
    finished: c.finished,
    ratings: c.ratings,
    badRatings: c.badRatings,
  };
}
