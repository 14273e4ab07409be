import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../src/shared/calendar/default-calendar';
import {
  extensionDays,
  remainingWorkingDays,
  subtaskDueDate,
  type Pause,
  type SubtaskClock,
} from '../../../src/shared/lifecycle/clock-rules';
import { remainingText, warningLevel, worseLevel } from '../../../src/shared/lifecycle/warning-level';

const cal = defaultCalendar;
const levelOn = (today: string, due: string, yellowDays = 2, limitDays = 5) =>
  warningLevel(remainingWorkingDays(cal, today, due), yellowDays, limitDays);

describe('warning levels in working days', () => {
  it('counts across 国庆 2026 and its 调休 Saturday: the holiday does not bring the case closer', () => {
    const task: SubtaskClock = { position: 0, acceptedOn: '2026-09-28', plannedDays: 5, steps: [] };
    const due = subtaskDueDate(cal, task, [], '2026-09-28');
    expect(due).toBe('2026-10-10'); // 29, 30, (1–7 off), 8, 9, and 10 worked as 调休
    expect(remainingWorkingDays(cal, '2026-09-30', due)).toBe(3);
    expect(levelOn('2026-09-30', due)).toBe('normal');
    expect(levelOn('2026-10-05', due)).toBe('normal');
    expect(levelOn('2026-10-08', due)).toBe('yellow');
    expect(levelOn('2026-10-10', due)).toBe('yellow');
    expect(remainingText(remainingWorkingDays(cal, '2026-10-10', due))).toBe('今日到期');
    // The Sunday after a Saturday due date is late, though no working day has passed.
    expect(remainingWorkingDays(cal, '2026-10-11', due)).toBe(-1);
    expect(levelOn('2026-10-11', due)).toBe('red');
    expect(remainingWorkingDays(cal, '2026-10-14', due)).toBe(-3);
    expect(remainingText(-3)).toBe('已超期 3 个工作日');
  });

  it('turns yellow at the hall threshold: one working day before 国庆 is close, a week of holiday or not', () => {
    expect(remainingWorkingDays(cal, '2026-09-30', '2026-10-08')).toBe(1);
    expect(levelOn('2026-09-30', '2026-10-08')).toBe('yellow');
    expect(levelOn('2026-09-30', '2026-10-08', 0)).toBe('normal');
    expect(levelOn('2026-03-02', '2026-03-05', 2)).toBe('normal');
    expect(levelOn('2026-03-03', '2026-03-05', 2)).toBe('yellow');
  });

  it('moves the due date by the paused working days, not by weekends or holidays in the pause', () => {
    const task: SubtaskClock = { position: 0, acceptedOn: '2026-09-21', plannedDays: 5, steps: [] };
    expect(subtaskDueDate(cal, task, [], '2026-09-21')).toBe('2026-09-29'); // 22, 23, 24, (25–27 中秋), 28, 29
    const pause: Pause = { kind: 'awaiting-materials', position: null, stepName: null, from: '2026-09-23', to: '2026-10-09' };
    expect(extensionDays(cal, task, [pause], '2026-10-09')).toBe(6); // 24, 28, 29, 30, 8, 9: not 中秋 or 国庆
    expect(subtaskDueDate(cal, task, [pause], '2026-10-09')).toBe('2026-10-13'); // 29, then 30, 8, 9, 10 (调休), 12, 13
    // A pause still running keeps the remaining days where they were when it began.
    const running: Pause = { ...pause, to: null };
    const before = remainingWorkingDays(cal, '2026-09-23', subtaskDueDate(cal, task, [running], '2026-09-23'));
    const later = remainingWorkingDays(cal, '2026-10-09', subtaskDueDate(cal, task, [running], '2026-10-09'));
    expect(later).toBe(before);
  });

  it('charges a 特殊环节 not counted in the limit only beyond the days the promise set aside for it', () => {
    const task: SubtaskClock = {
      position: 1,
      acceptedOn: '2026-03-02',
      plannedDays: 8,
      steps: [{ name: '现场勘验', days: 3, countedInLimit: false }],
    };
    const step = (from: string, to: string | null): Pause => ({ kind: 'special-step', position: 1, stepName: '现场勘验', from, to });
    expect(extensionDays(cal, task, [step('2026-03-09', '2026-03-11')], '2026-03-20')).toBe(0);
    expect(extensionDays(cal, task, [step('2026-03-09', '2026-03-16')], '2026-03-20')).toBe(2);
    // Another sub-task's step does not move this one; a step counted in the limit moves nothing.
    expect(extensionDays(cal, { ...task, position: 0 }, [step('2026-03-09', '2026-03-16')], '2026-03-20')).toBe(0);
    expect(
      extensionDays(
        cal,
        { ...task, steps: [{ name: '现场勘验', days: 3, countedInLimit: true }] },
        [step('2026-03-09', '2026-03-16')],
        '2026-03-20',
      ),
    ).toBe(0);
  });

  it('is yellow only at a real risk: at most the threshold left AND at least half of the time limit used', () => {
    // A 1-working-day item registered Monday, due Tuesday: normal on Monday, yellow on its due day.
    expect(levelOn('2026-03-02', '2026-03-03', 2, 1)).toBe('normal');
    expect(levelOn('2026-03-03', '2026-03-03', 2, 1)).toBe('yellow');
    expect(levelOn('2026-03-04', '2026-03-03', 2, 1)).toBe('red');
    // 2 days: yellow with 1 left (half used), not at registration.
    expect(warningLevel(2, 2, 2)).toBe('normal');
    expect(warningLevel(1, 2, 2)).toBe('yellow');
    // 3 days: 2 left is a third used, not yet a risk; 1 left is.
    expect(warningLevel(2, 2, 3)).toBe('normal');
    expect(warningLevel(1, 2, 3)).toBe('yellow');
    // Longer limits: the hall's threshold decides, as before.
    expect(warningLevel(2, 2, 4)).toBe('yellow');
    expect(warningLevel(3, 2, 20)).toBe('normal');
    expect(warningLevel(2, 2, 20)).toBe('yellow');
    expect(warningLevel(0, 0, 1)).toBe('yellow');
  });

  it('takes the worse level of two sub-tasks', () => {
    expect(worseLevel('normal', 'red')).toBe('red');
    expect(worseLevel(null, 'yellow')).toBe('yellow');
    expect(worseLevel('yellow', null)).toBe('yellow');
  });
});
