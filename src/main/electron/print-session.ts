import type { Session, WebPreferences } from 'electron';
import { denyAllPermissions } from './session-hardening';

/** The hidden print window's own session: nothing of the desk's profile, and no permissions. */
export const printPartition = 'halldesk-print';

export const printWindowPreferences: WebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webSecurity: true,
  spellcheck: false,
  devTools: false,
  partition: printPartition,
};

/** Documents printed from the back end's HTML ask for nothing: every permission is refused. */
export function hardenPrintSession(fromPartition: (partition: string) => Session): Session {
  const ses = fromPartition(printPartition);
  denyAllPermissions(ses);
  return ses;
}
