import type { ReactNode } from 'react';
import { api } from '../../shared/contract/api';
import type { Channel } from '../../shared/contract/api';
import { mayCall } from '../../shared/contract/endpoint';
import type { Role } from '../../shared/contract/roles';
import { AuditScreen } from '../screens/AuditScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { UsersScreen } from '../screens/UsersScreen';
import type { Page } from '../stores/nav-store';

interface PageSpec {
  key: Page;
  label: string;
  /** The page is shown to those who may make this call; the back end checks again. */
  needs: Channel | null;
  render(): ReactNode;
}

export const pages: PageSpec[] = [
  { key: 'home', label: '工作台', needs: null, render: () => <HomeScreen /> },
  { key: 'users', label: '账号管理', needs: 'users.list', render: () => <UsersScreen /> },
  { key: 'audit', label: '审计日志', needs: 'audit.list', render: () => <AuditScreen /> },
];

export function visiblePages(role: Role): PageSpec[] {
  return pages.filter((page) => page.needs === null || mayCall(api[page.needs].access, role));
}
