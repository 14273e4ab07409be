import { caseStateLabels } from '../../shared/intake/case-types';
import type { CaseState } from '../../shared/intake/case-types';
import { escapeHtml, htmlPage } from '../http/escape-html';
import { departmentStateLabels, isDepartmentState } from '../publish/department-states';
import type { CentralOverview } from './overview';

const kindLabels: Record<string, string> = { catalogue: '事项目录', calendar: '工作日历', 'case-status': '办件状态' };

function shanghaiTime(iso: string | null): string {
  if (iso === null) return '—';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], empty: string): string {
  if (rows.length === 0) return `<p class="muted">${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<tr>${head}</tr>\n${body}\n</table>`;
}

function caseStateText(state: string, departmentState: string | null): string {
  const intake = caseStateLabels[state as CaseState] ?? state;
  if (departmentState === null || !isDepartmentState(departmentState)) return intake;
  return `${intake} → ${departmentStateLabels[departmentState]}`;
}

/** The administrator's read-only view: what each hall has sent and what the centre refused. */
export function renderAdminPage(overview: CentralOverview): string {
  const sections = [
    '<h1>政务服务中心平台 · 同步概况</h1>',
    '<form method="post" action="/admin/logout"><button type="submit">退出登录</button></form>',
    '<h2>大厅</h2>',
    table(
      ['大厅编码', '名称', '窗口数', '已收事件', '案件数', '待处理的拒收事件', '最近一次收到批次'],
      overview.halls.map((h) => [
        h.code,
        h.name,
        String(h.desks),
        String(h.eventsReceived),
        String(h.cases),
        String(h.openRejections),
        shanghaiTime(h.lastBatchAt),
      ]),
      '尚未创建大厅',
    ),
    '<h2>窗口</h2>',
    table(
      ['大厅', '窗口号', '窗口标识', '注册时间', '状态', '最近一次收到批次'],
      overview.desks.map((d) => [
        d.hallCode,
        d.deskNo,
        d.deskId,
        shanghaiTime(d.enrolledAt),
        d.revokedAt === null ? '正常' : `已吊销（${shanghaiTime(d.revokedAt)}）`,
        shanghaiTime(d.lastBatchAt),
      ]),
      '尚无窗口注册',
    ),
    '<h2>拒收的事件</h2>',
    table(
      ['大厅', '窗口号', '事件编号', '类型', '对象', '操作', '原因', '次数', '最近一次'],
      overview.rejections.map((r) => [
        r.hallCode,
        r.deskNo,
        r.eventId,
        r.entity,
        r.entityId,
        r.op,
        r.reason,
        String(r.attempts),
        shanghaiTime(r.lastRejectedAt),
      ]),
      '没有拒收的事件',
    ),
    '<h2>最近更新的案件</h2>',
    table(
      ['受理编号', '大厅', '窗口号', '状态', '承诺办结日期', '内容摘要', '更新时间'],
      overview.recentCases.map((c) => [
        c.caseNo,
        c.hallCode,
        c.deskNo,
        caseStateText(c.state, c.departmentState),
        c.promisedDate ?? '—',
        c.contentHash.slice(0, 12),
        shanghaiTime(c.updatedAt),
      ]),
      '尚未收到案件',
    ),
    '<h2>注册码</h2>',
    table(
      ['大厅', '窗口号', '签发时间', '有效期至', '使用时间'],
      overview.enrolmentCodes.map((c) => [
        c.hallCode,
        c.deskNo,
        shanghaiTime(c.issuedAt),
        shanghaiTime(c.expiresAt),
        c.usedAt === null ? '未使用' : shanghaiTime(c.usedAt),
      ]),
      '尚未签发注册码',
    ),
    '<h2>发布记录</h2>',
    table(
      ['游标', '内容', '范围', '发布时间'],
      overview.publications.map((p) => [
        String(p.cursor),
        kindLabels[p.kind] ?? p.kind,
        p.hallCode ?? '全部大厅',
        shanghaiTime(p.publishedAt),
      ]),
      '尚无发布',
    ),
  ];
  return htmlPage('中心平台 · 同步概况', sections.join('\n'));
}
