import type { CaseState } from '../../../shared/intake/case-types';

export const stateColors: Record<CaseState, string> = {
  accepted: 'green',
  'awaiting-materials': 'orange',
  refused: 'red',
  'in-progress': 'blue',
  decided: 'cyan',
  delivered: 'geekblue',
  withdrawn: 'default',
  terminated: 'volcano',
  voided: 'default',
};
