import { roleLabels, type Role } from '../contract/roles';
import { docTypeInfo, type DocType } from '../print/doc-types';
import { auditActionLabel } from './audit-labels';

/** What an audit row's detail says, as one Chinese sentence a 科长 reads without JSON. */

export interface AuditFacts {
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: string;
}

const entityLabels: Record<string, string> = {
  case: '案件',
  user: '账号',
  'case-document': '案件文书',
  'catalogue-item': '事项',
  catalogue: '事项目录',
  calendar: '工作日历',
  rating: '评价',
  'follow-up': '差评整改',
  'handover-note': '交接说明',
  ledger: '日结',
  'desk-settings': '设置',
  'print-settings': '打印设置',
  desk: '受理台',
  'scanned-file': '扫描件',
};

const loginFailures: Record<string, string> = { 'unknown-staff-no': '工号不存在', inactive: '账号已停用', 'wrong-password': '密码错误' };

type Detail = Record<string, unknown>;
type Phrase = (d: Detail) => string | null;

const text = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : typeof v === 'string' || typeof v === 'number' ? String(v) : null;
const field =
  (label: string, key: string): Phrase =>
  (d) =>
    text(d[key]) ? `${label}：${text(d[key])}` : null;

/** Detail keys written across the desk, each as a short phrase. */
const phrases: Phrase[] = [
  (d) => (typeof d.reason === 'string' && loginFailures[d.reason] ? `原因：${loginFailures[d.reason]}` : field('原因', 'reason')(d)),
  field('第几次', 'attempts'),
  (d) => (typeof d.docType === 'string' && d.docType in docTypeInfo ? `文书：${docTypeInfo[d.docType as DocType].title}` : null),
  field('文号', 'docNo'),
  field('页数', 'pageCount'),
  field('打印机', 'printer'),
  (d) => (text(d.from) && text(d.to) ? `由 ${text(d.from)} 改为 ${text(d.to)}` : null),
  (d) => (typeof d.role === 'string' && d.role in roleLabels ? `角色：${roleLabels[d.role as Role]}` : null),
  field('工号', 'staffNo'),
  field('姓名', 'name'),
  field('经办人', 'clerkName'),
  (d) => (text(d.approverName) ? `审批人：${text(d.approverName)}（${text(d.approver) ?? ''}）` : null),
  field('事项', 'what'),
  field('日期', 'day'),
  field('说明', 'note'),
  field('内容', 'text'),
  field('部门', 'department'),
  field('状态', 'state'),
  field('数量', 'imported'),
];

function parse(detail: string): Detail {
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Detail) : {};
  } catch {
    return {};
  }
}

export function auditSentence(row: AuditFacts): string {
  const d = parse(row.detail);
  const target = row.entityId ? `${entityLabels[row.entity ?? ''] ?? ''} ${row.entityId}`.trim() : '';
  // Case changes carry their own sentence, the one in the case's history.
  if (typeof d.summary === 'string') return `${target}：${d.summary}`;
  const parts = phrases.map((p) => p(d)).filter((p): p is string => p !== null);
  const head = `${auditActionLabel(row.action)}${target ? `（${target}）` : ''}`;
  return parts.length ? `${head}。${parts.join('；')}` : head;
}
