import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../src/main/backend/backend';

export const benchAdmin = { staffNo: 'A001', name: '王管理', password: 'Admin2026pass' };

/** A set-up desk in a fresh folder, logged in as its administrator on session 'bench'. */
export async function openBenchDesk(
  dataDir = mkdtempSync(join(tmpdir(), 'halldesk-bench-')),
  options: { startSync?: boolean; alreadySetUp?: boolean } = {},
) {
  const backend: Backend = openBackend({ dataDir, startSync: options.startSync ?? false, logger: { error: (obj) => console.error(obj) } });
  const call = async (channel: string, input: unknown) => {
    const result = await backend.dispatch({ channel, input, sessionKey: 'bench' });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as never;
  };
  if (options.alreadySetUp) await call('auth.login', { staffNo: benchAdmin.staffNo, password: benchAdmin.password });
  else {
    await call('setup.initialize', {
      hallName: '江川市政务服务中心',
      hallCode: 'JC',
      deskNo: '03',
      admin: benchAdmin,
      // Printed documents need these (SETTINGS_REQUIRED otherwise): the benches print.
      statusBaseUrl: 'https://zwfw.jiangchuan.gov.cn',
      reviewAuthority: '江川市人民政府',
      litigationCourt: '江川市人民法院',
    });
  }
  return { backend, call, dataDir };
}
