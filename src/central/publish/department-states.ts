/** What the back-office departments report about a case after the window accepted it. */
export const departmentStates = [
  'in-review',
  'suspended',
  'approved',
  'disapproved',
  'ready-for-collection',
  'delivered',
  'completed',
  'terminated',
] as const;
export type DepartmentState = (typeof departmentStates)[number];

export const departmentStateLabels: Record<DepartmentState, string> = {
  'in-review': '审查中',
  suspended: '已中止',
  approved: '准予许可',
  disapproved: '不予许可',
  'ready-for-collection': '待领取',
  delivered: '已送达',
  completed: '已办结',
  terminated: '已终止',
};

export function isDepartmentState(value: string): value is DepartmentState {
  return (departmentStates as readonly string[]).includes(value);
}
