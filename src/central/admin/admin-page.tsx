/** @jsxRuntime automatic */
import { renderCentrePage } from '../pages/CentrePage';
import { DataTable } from '../pages/DataTable';
import { departmentStateLabels, isDepartmentState } from '../publish/department-states';
import { intakeStateLabel } from '../public/intake-state-label';
import type { CentralOverview } from './overview';

const kindLabels: Record<string, string> = { catalogue: '事项目录', calendar: '工作日历', 'case-status': '办件状态' };

function shanghaiTime(iso: string | null): string {
  if (iso === null) return '—';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function caseStateText(state: string, departmentState: string | null): string {
  const intake = intakeStateLabel(state);
  if (departmentState === null || !isDepartmentState(departmentState)) return intake;
  return `${intake} → ${departmentStateLabels[departmentState]}`;
}

/** The administrator's read-only view: what each hall has sent and what the centre refused. */
function AdminPage({ overview }: { overview: CentralOverview }) {
  return (
    <>
      <h1>政务服务中心平台 · 同步概况</h1>
      <form method="post" action="/admin/logout">
        <button type="submit">退出登录</button>
      </form>
      <h2>大厅</h2>
      <DataTable
        headers={['大厅编码', '名称', '窗口数', '已收事件', '案件数', '待处理的拒收事件', '已隔离事件', '最近一次收到批次']}
        rows={overview.halls.map((h) => [
          h.code,
          h.name,
          String(h.desks),
          String(h.eventsReceived),
          String(h.cases),
          String(h.openRejections),
          String(h.quarantinedEvents),
          shanghaiTime(h.lastBatchAt),
        ])}
        empty="尚未创建大厅"
      />
      <h2>窗口</h2>
      <DataTable
        headers={['大厅', '窗口号', '窗口标识', '注册时间', '状态', '最近一次收到批次']}
        rows={overview.desks.map((d) => [
          d.hallCode,
          d.deskNo,
          d.deskId,
          shanghaiTime(d.enrolledAt),
          d.revokedAt === null ? '正常' : `已吊销（${shanghaiTime(d.revokedAt)}）`,
          shanghaiTime(d.lastBatchAt),
        ])}
        empty="尚无窗口注册"
      />
      <h2>拒收的事件</h2>
      <DataTable
        headers={['大厅', '窗口号', '事件编号', '类型', '对象', '操作', '原因', '次数', '最近一次']}
        rows={overview.rejections.map((r) => [
          r.hallCode,
          r.deskNo,
          r.eventId,
          r.entity,
          r.entityId,
          r.op,
          r.reason,
          String(r.attempts),
          shanghaiTime(r.lastRejectedAt),
        ])}
        empty="没有拒收的事件"
      />
      <h2>最近更新的案件</h2>
      <DataTable
        headers={['受理编号', '大厅', '窗口号', '状态', '承诺办结日期', '内容摘要', '更新时间']}
        rows={overview.recentCases.map((c) => [
          c.caseNo,
          c.hallCode,
          c.deskNo,
          caseStateText(c.state, c.departmentState),
          c.promisedDate ?? '—',
          c.contentHash.slice(0, 12),
          shanghaiTime(c.updatedAt),
        ])}
        empty="尚未收到案件"
      />
      <h2>注册码</h2>
      <DataTable
        headers={['大厅', '窗口号', '签发时间', '有效期至', '使用时间']}
        rows={overview.enrolmentCodes.map((c) => [
          c.hallCode,
          c.deskNo,
          shanghaiTime(c.issuedAt),
          shanghaiTime(c.expiresAt),
          c.usedAt === null ? '未使用' : shanghaiTime(c.usedAt),
        ])}
        empty="尚未签发注册码"
      />
      <h2>发布记录</h2>
      <DataTable
        headers={['游标', '内容', '范围', '发布时间']}
        rows={overview.publications.map((p) => [
          String(p.cursor),
          kindLabels[p.kind] ?? p.kind,
          p.hallCode ?? '全部大厅',
          shanghaiTime(p.publishedAt),
        ])}
        empty="尚无发布"
      />
    </>
  );
}

export function renderAdminPage(overview: CentralOverview): string {
  return renderCentrePage('中心平台 · 同步概况', <AdminPage overview={overview} />);
}

/** What /admin shows without a live session. */
export function renderSignInPage(): string {
  return renderCentrePage(
    '中心平台',
    <>
      <h1>需要登录</h1>
      <p>请使用中心平台启动时打印的管理地址（/admin?token=…）打开本页。</p>
    </>,
  );
}
