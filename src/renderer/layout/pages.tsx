import type { ReactNode } from 'react';
import { api } from '../../shared/contract/api';
import type { Channel } from '../../shared/contract/api';
import { mayCall } from '../../shared/contract/endpoint';
import type { Role } from '../../shared/contract/roles';
import { GlobalHotkeys } from '../keyboard/GlobalHotkeys';
import { AuditScreen } from '../screens/AuditScreen';
import { BoardScreen } from '../screens/board/BoardScreen';
import { CasesScreen } from '../screens/cases/CasesScreen';
import { GuideScreen } from '../screens/guide/GuideScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { LedgerScreen } from '../screens/ledger/LedgerScreen';
import { KeptIntake } from '../screens/intake/KeptIntake';
import { RatingsScreen } from '../screens/ratings/RatingsScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { UsersScreen } from '../screens/UsersScreen';
import { AgentWorklistScreen } from '../screens/worklist/AgentWorklistScreen';
import { MyCasesScreen } from '../screens/worklist/MyCasesScreen';
import { ProjectsScreen } from '../screens/projects/ProjectsScreen';
import type { Page } from '../stores/nav-store';

interface PageSpec {
  key: Page;
  label: string;
  /** The page is shown to those who may make this call; the back end checks again. */
  needs: Channel | null;
  render(): ReactNode;
}

/** In menu order; a role's first visible page is where it lands after login. */
const screens: (Omit<PageSpec, 'render'> & { screen(): ReactNode })[] = [
  { key: 'intake', label: '受理登记', needs: 'cases.register', screen: () => null },
  { key: 'cases', label: '案件查询', needs: 'cases.search', screen: () => <CasesScreen /> },
  { key: 'my-cases', label: '我的案件', needs: 'supervision.myCases', screen: () => <MyCasesScreen /> },
  { key: 'agent-worklist', label: '代办工作台', needs: 'agents.worklist', screen: () => <AgentWorklistScreen /> },
  { key: 'projects', label: '全程代办', needs: 'projects.create', screen: () => <ProjectsScreen /> },
  { key: 'board', label: '督办', needs: 'supervision.board', screen: () => <BoardScreen /> },
  { key: 'ratings', label: '好差评', needs: 'ratings.followUps', screen: () => <RatingsScreen /> },
  { key: 'ledger', label: '日结', needs: 'ledger.get', screen: () => <LedgerScreen /> },
  { key: 'reports', label: '统计报表', needs: 'reports.figures', screen: () => <ReportsScreen /> },
  { key: 'guide', label: '事项指南', needs: 'catalogue.search', screen: () => <GuideScreen /> },
  { key: 'home', label: '工作台', needs: null, screen: () => <HomeScreen /> },
  { key: 'users', label: '账号管理', needs: 'users.list', screen: () => <UsersScreen /> },
  { key: 'audit', label: '审计日志', needs: 'audit.list', screen: () => <AuditScreen /> },
  { key: 'settings', label: '系统设置', needs: 'settings.get', screen: () => <SettingsScreen /> },
];

// Every page renders the intake in the same place, so React keeps that one instance (and the
// clerk's draft) while the other pages come and go beside it.
export const pages: PageSpec[] = screens.map(({ screen, ...spec }) => ({
  ...spec,
  render: () => (
    <>
      <GlobalHotkeys />
      <KeptIntake visible={spec.key === 'intake'} />
      {screen()}
    </>
  ),
}));

export function visiblePages(role: Role): PageSpec[] {
  return pages.filter((page) => page.needs === null || mayCall(api[page.needs].access, role));
}
