import { useChineseValidationMessages } from '../shared/contract/zod-locale';
import { directAdminActions } from './cli/admin-actions';
import { httpAdminActions } from './cli/http-admin-client';
import { cliUsage, parseCliArgs, runCli } from './cli/run-cli';
import { defaultCentralPort, readCentralConfig } from './config';
import { migrate } from './db/migrate';
import { openSql } from './db/open-sql';

/** The admin actions for scripts: `npx tsx src/central/cli.ts hall create JC 江川市政务服务中心`. */
async function main(): Promise<number> {
  useChineseValidationMessages();
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${cliUsage}`);
    return 2;
  }
  const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
  if (args.values.direct === true) {
    const sql = await openSql(readCentralConfig(process.env));
    try {
      await migrate(sql);
      return await runCli(args, directAdminActions(sql), io);
    } finally {
      await sql.close();
    }
  }
  const token = process.env.CENTRAL_ADMIN_TOKEN?.trim();
  if (!token) {
    console.error('请设置 CENTRAL_ADMIN_TOKEN（与中心启动时相同），或使用 --direct 直接操作数据库');
    return 2;
  }
  const url = args.values.url ?? process.env.CENTRAL_URL ?? `http://127.0.0.1:${process.env.CENTRAL_PORT ?? defaultCentralPort}`;
  return runCli(args, httpAdminActions(url, token), io);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('执行失败：', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
