import type { SubtaskKey } from '../../contract/workbench-contract';
import { goToScreen } from '../shell/use-hash-route';

export const queuePath = '/queue';
export const subtaskPath = '/subtask';

const storageKey = 'halldesk.workbench.subtask';

/** The sub-task the 子任务详情 screen shows: the one last opened from the queue (kept across a reload of the tab). */
export function selectedSubtask(): SubtaskKey | null {
  const text = sessionStorage.getItem(storageKey);
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<SubtaskKey>;
    return typeof value.hallCode === 'string' && typeof value.caseNo === 'string' && typeof value.position === 'number'
      ? { hallCode: value.hallCode, caseNo: value.caseNo, position: value.position }
      : null;
  } catch {
    return null;
  }
}

export function openSubtask(key: SubtaskKey): void {
  sessionStorage.setItem(storageKey, JSON.stringify({ hallCode: key.hallCode, caseNo: key.caseNo, position: key.position }));
  goToScreen(subtaskPath);
}

/** An id for one action the screen is about to send; a retried click sends the same one. crypto.randomUUID needs HTTPS, this does not. */
export function newWordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
