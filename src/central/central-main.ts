import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { useChineseValidationMessages } from '../shared/contract/zod-locale';
import { createAdminGuard } from './admin/admin-auth';
import { readCentralConfig } from './config';
import { migrate } from './db/migrate';
import { openSql } from './db/open-sql';
import { migration0008 } from './db/migrations/0008-board-figures';
import { rebuildBoard } from './board/rebuild-board';
import { createCentralServer } from './http/central-server';
import { openPagesStore } from './pages-store/open-pages-store';
import { scheduleUploadExpiry } from './pages-store/upload-expiry';
import { scheduleLedgerPruning } from './sync/ledger-retention';
import { startPayloadChecker } from './sync/background-checker';
import { centralVersion } from './version';

/** How long in-flight requests get to finish after SIGTERM before their connections are cut. */
const shutdownGraceMs = 10_000;

async function main(): Promise<void> {
  useChineseValidationMessages();
  const config = readCentralConfig(process.env);
  const sql = await openSql(config);
  const applied = await migrate(sql);
  if (applied.length > 0) console.log(`数据库迁移完成：${applied.join(', ')}（${sql.description}）`);
  if (applied.includes(migration0008.version)) {
    const rebuilt = await rebuildBoard(sql);
    console.log(`督查看板数据已由已接收的事件生成：案件 ${rebuilt.cases} 件，评价 ${rebuilt.ratings} 条，差评整改 ${rebuilt.followUps} 条`);
  }

  const adminToken = config.adminToken ?? randomBytes(24).toString('base64url');
  const payloadChecker = startPayloadChecker(sql, (m, e) => console.error(m, e ?? ''));
  const pages = openPagesStore(config);
  const stopUploadExpiry = scheduleUploadExpiry(pages, (m, e) => (e === undefined ? console.log(m) : console.error(m, e)));
  const server = createCentralServer({
    sql,
    payloadChecker,
    admin: createAdminGuard(adminToken),
    version: centralVersion(),
    logError: (message, error) => console.error(message, error),
    pages,
    ...(config.trustedProxy === undefined ? {} : { trustedProxy: config.trustedProxy }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  if (config.adminToken === undefined) {
    console.log(`未设置 CENTRAL_ADMIN_TOKEN，本次启动随机生成的管理令牌：${adminToken}`);
    console.log(`管理页面：${url}/admin?token=${adminToken}`);
  }
  console.log(`中心平台已启动（${sql.description}）`);
  console.log(`CENTRAL_READY ${url}`);
  if (config.ledgerRetentionDays !== undefined) scheduleLedgerPruning(sql, config.ledgerRetentionDays, (m, e) => console.log(m, e ?? ''));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    payloadChecker.stop();
    stopUploadExpiry();
    console.log(`收到 ${signal}，正在停止：不再接受新请求，等待进行中的请求完成`);
    const force = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
    force.unref();
    server.close(() => {
      void sql.close().then(
        () => {
          console.log('中心平台已停止');
          process.exit(0);
        },
        (error: unknown) => {
          console.error('关闭数据库时出错', error);
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('中心平台启动失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
