import type { CaseState } from '../../../shared/intake/case-types';

export const stateColors: Record<CaseState, string> = { accepted: 'green', 'awaiting-materials': 'orange', refused: 'red' };
