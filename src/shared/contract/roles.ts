/** The four roles of a hall. Every service call is checked against these in the back end. */
export const roles = ['clerk', 'agent', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  clerk: '窗口人员',
  agent: '代办员',
  supervisor: '督查/科长',
  admin: '管理员',
};
