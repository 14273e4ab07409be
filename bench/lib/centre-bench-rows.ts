import { addDays } from '../../src/shared/calendar/date-string';

/**
 * Rows for bench/centre: `halls` halls, `subtasks` sub-tasks over the year before `today`, as the
 * board's and the workbench's projections hold them (one case in five is joint: two departments).
 * About 5% of the sub-tasks are open, 10% of the cases rated, one rating in ten a 差评.
 */
export const benchDepartments = Array.from({ length: 40 }, (_, i) => `江川市第${i + 1}审批局`);

export interface BenchSubtask {
  hall: string;
  caseNo: string;
  position: number;
  department: string;
  receivedOn: string;
  acceptedOn: string;
  decidedOn: string | null;
  promisedDays: number;
  dueDate: string;
  open: boolean;
  rated: boolean;
  bad: boolean;
}

/** A small fast PRNG: the same rows every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const hallCode = (i: number) => `H${String(i).padStart(4, '0')}`;

export function* benchSubtasks(halls: number, subtasks: number, today: string): Generator<BenchSubtask> {
  const next = random(14);
  const perHall = Math.ceil(subtasks / halls);
  let made = 0;
  for (let h = 0; h < halls && made < subtasks; h += 1) {
    const hall = hallCode(h);
    for (let c = 0; made < subtasks && c < perHall; c += 1) {
      const age = Math.floor(next() * 365);
      const receivedOn = addDays(today, -age);
      const promisedDays = [1, 3, 5, 10, 15, 20][Math.floor(next() * 6)]!;
      const dueDate = addDays(receivedOn, Math.ceil((promisedDays * 7) / 5));
      const open = next() < 0.05 || age < 3;
      const used = Math.floor(next() * promisedDays * 1.6) + 1;
      const decidedOn = open ? null : addDays(receivedOn, Math.min(age, Math.ceil((used * 7) / 5)));
      const rated = !open && next() < 0.1;
      const bad = rated && next() < 0.1;
      const caseNo = `${hall}-01-2026-${String(c + 1).padStart(6, '0')}`;
      const first = benchDepartments[Math.floor(next() * benchDepartments.length)]!;
      const base = { hall, caseNo, receivedOn, acceptedOn: receivedOn, decidedOn, promisedDays, dueDate, open, rated, bad };
      yield { ...base, position: 0, department: first };
      made += 1;
      if (made < subtasks && next() < 0.2) {
        const second = benchDepartments[(benchDepartments.indexOf(first) + 1) % benchDepartments.length]!;
        yield { ...base, position: 1, department: second, rated: false, bad: false };
        made += 1;
      }
    }
  }
}
