/** What the back-office departments report about a case: part of the sync protocol. */
export { departmentStates, departmentStateLabels, isDepartmentState, type DepartmentState } from '../../shared/sync/protocol';
