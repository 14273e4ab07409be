import type { ComponentType } from 'react';
import { centreRoles } from '../accounts/centre-user';
import { boardReaders } from '../contract/board-contract';
import type { CentreRole } from '../accounts/centre-user';
import { accountManagers } from '../contract/accounts-contract';
import { AccountsScreen } from './account/AccountsScreen';
import { BoardScreen } from './board/BoardScreen';
import { HomeScreen } from './shell/HomeScreen';
import { QueueScreen } from './workbench/QueueScreen';
import { queuePath, subtaskPath } from './workbench/selected-subtask';
import { SubtaskScreen } from './workbench/SubtaskScreen';

/**
 * The screens of the centre's web app; the menu shows those the signed-in role may open, in this
 * order. Add a screen with one entry here (its back-end routes still check the role themselves).
 */
export interface CentreScreen {
  /** The hash path: /work/#/accounts. */
  path: `/${string}`;
  title: string;
  roles: readonly CentreRole[];
  component: ComponentType;
}

export const centreScreens: readonly CentreScreen[] = [
  { path: '/home', title: '首页', roles: centreRoles, component: HomeScreen },
  { path: queuePath, title: '审批队列', roles: centreRoles, component: QueueScreen },
  { path: subtaskPath, title: '子任务详情', roles: centreRoles, component: SubtaskScreen },
  { path: '/accounts', title: '账号管理', roles: accountManagers, component: AccountsScreen },
  { path: '/board', title: '督查看板', roles: boardReaders, component: BoardScreen },
];

export function screensFor(role: CentreRole): CentreScreen[] {
  return centreScreens.filter((screen) => screen.roles.includes(role));
}
