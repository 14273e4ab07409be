/**
 * Chinese names of every action the desk writes to its audit log (and of the case events that
 * 'case.updated' rows carry in `detail.event`). A unit test scans src/main for action codes and
 * fails when one has no name here.
 */
export const auditActionLabels: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.login.failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.password.changed': '修改本人密码',
  'auth.password.change-failed': '修改本人密码失败',
  'approval.failed': '审批人密码错误',
  'user.created': '创建账号',
  'user.updated': '修改账号',
  'user.password.reset': '重置密码',
  'user.unlocked': '解除账号锁定',
  'desk.initialized': '初始化受理台',
  'settings.updated': '修改系统设置',
  'settings.print-updated': '修改打印设置',
  'catalogue.seeded': '导入内置事项目录',
  'catalogue.imported': '导入事项目录',
  'catalogue.pulled': '从中心同步事项目录',
  'calendar.imported': '导入工作日历',
  'calendar.pulled': '从中心同步工作日历',
  'sync.enrolled': '接入中心',
  'sync.snapshot': '从中心快照开始同步',
  'sync.renumbered': '按中心序号重新编号待发送事件',
  'sync.caught-up': '按中心记录调高本窗口的事件序号、受理编号、文号与代办项目编号（从旧备份恢复后）',
  'case.registered': '登记受理',
  'case.updated': '办理案件',
  'case.corrected': '更正案件',
  'case.voided': '作废案件',
  'case.dates-recomputed': '按节假日安排重算承诺日期',
  'case.urged': '催办',
  'case.status.received': '收到部门办理状态',
  'case.status-applied': '更新部门办理状态',
  'case.started': '开始办理',
  'case.delivered': '出件',
  'case.withdrawn': '撤回',
  'case.terminated': '终止办理',
  'case.contact-corrected': '更正联系信息',
  'case.material-corrected': '更正材料份数',
  'materials.requested': '办理中补正',
  'materials.supplied': '补交材料',
  'decision.recorded': '登记办理结果',
  'agent.assigned': '指派代办员',
  'agent.handed-over': '代办交接',
  'print.printed': '打印文书',
  'print.reprinted': '补打文书',
  'print.sent-to-printer': '发送到打印机',
  'print.guide-printed': '打印办事指南',
  'print.ledger-printed': '打印日结单',
  'ledger.handover-saved': '保存交接说明',
  'rating.invited': '邀请评价',
  'rating.invitation-cancelled': '撤销评价邀请',
  'rating.submitted': '提交评价',
  'follow-up.opened': '差评整改立项',
  'follow-up.assigned': '指定整改责任人',
  'follow-up.called-back': '登记回访',
  'follow-up.closed': '办结差评整改',
  'chain-template.imported': '导入全程代办项目模板',
  'project.created': '新建全程代办项目',
  'project.case-linked': '案件关联代办项目',
  'project.handed-over': '代办项目交接',
  'print.project-progress-printed': '打印代办进度单',
  'material.pages-added': '添加电子材料页',
  'material.page-deleted': '删除电子材料页',
  'material.pages-reused': '复用已有电子材料',
  'material.scan-removed': '移除待归档扫描件',
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}

/** The actions a person can filter the log by, in the map's order. */
export const auditActionOptions = Object.entries(auditActionLabels)
  .filter(
    ([code]) =>
      !code.startsWith('case.') ||
      ['case.registered', 'case.updated', 'case.corrected', 'case.voided', 'case.urged', 'case.status.received'].includes(code),
  )
  .filter(
    ([code]) => !['materials.requested', 'materials.supplied', 'decision.recorded', 'agent.assigned', 'agent.handed-over'].includes(code),
  )
  .map(([value, label]) => ({ value, label }));
