import type { WarningLevel } from '../../../shared/lifecycle/warning-level';
import type { ItemProgressState } from '../../../shared/projects/project-views';

export const levelTags: Record<WarningLevel, { color: string; text: string }> = {
  red: { color: 'red', text: '超期' },
  yellow: { color: 'gold', text: '有风险' },
  normal: { color: 'green', text: '正常' },
};

export const itemStateColors: Record<ItemProgressState, string> = {
  'not-started': 'default',
  accepted: 'blue',
  'awaiting-materials': 'orange',
  decided: 'green',
};

export function base64Blob(base64: string, type: string): Blob {
  return new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type });
}
