import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { hallCodeSchema } from '../../shared/contract/fields';
import { AppError } from '../../shared/errors';
import { createCentreAdminInputSchema } from '../accounts/account-management';
import { issueEnrolmentCodeInputSchema } from '../desks/enrolment-codes';
import { revokeDeskInputSchema } from '../desks/revoke-desk';
import { createHallInputSchema } from '../halls/halls';
import { parseInput } from '../http/parse-input';
import { caseStatusInputSchema } from '../publish/publish-case-status';
import type { AdminActions } from './admin-actions';

export const cliUsage = `用法：npx tsx src/central/cli.ts <命令> [参数]

  hall create <大厅编码> <大厅名称>
  enrolment-code <大厅编码> <窗口号> [--days 7]
  revoke <窗口标识>  |  revoke --hall <大厅编码> --desk <窗口号>
  publish-catalogue <事项目录文件.json> [--hall <大厅编码>]
  publish-calendar <工作日历文件.json>
  status-update <受理编号> <状态> --department <部门> [--note <说明>]
      状态：in-review suspended approved disapproved ready-for-collection delivered completed terminated
  overview
  account create-admin <工号> <姓名>      新建中心管理员账号，输出一次性临时密码（首次登录须修改）

默认通过 HTTP 调用正在运行的中心（--url，默认 CENTRAL_URL 或 http://127.0.0.1:47900，
需要 CENTRAL_ADMIN_TOKEN）；加 --direct 则直接打开 CENTRAL_DATA_DIR / CENTRAL_DATABASE_URL 的数据库
（PGlite 数据目录只能由一个进程打开：中心运行时不要对同一目录使用 --direct）。`;

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const options = {
  days: { type: 'string' },
  hall: { type: 'string' },
  desk: { type: 'string' },
  department: { type: 'string' },
  note: { type: 'string' },
  url: { type: 'string' },
  direct: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliArgs = ReturnType<typeof parseCliArgs>;

export function parseCliArgs(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
}

/** Runs one command; the exit code is 0 on success, 1 when the centre refused, 2 for bad usage. */
export async function runCli(args: CliArgs, actions: AdminActions, io: CliOutput): Promise<number> {
  const [command, ...rest] = args.positionals;
  const usage = () => {
    io.err(cliUsage);
    return 2;
  };
  if (command === undefined || args.values.help === true) return usage();
  try {
    const value = await dispatch(command, rest, args.values, actions);
    if (value === undefined) return usage();
    io.out(JSON.stringify(value, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.err(`失败：${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function dispatch(command: string, rest: string[], values: CliArgs['values'], actions: AdminActions): Promise<unknown> {
  switch (command) {
    case 'hall': {
      const [sub, code, ...name] = rest;
      if (sub !== 'create' || code === undefined || name.length === 0) return undefined;
      return actions.createHall(parseInput(createHallInputSchema, { code, name: name.join(' ') }));
    }
    case 'enrolment-code': {
      const [hallCode, deskNo] = rest;
      if (hallCode === undefined || deskNo === undefined) return undefined;
      const validDays = values.days === undefined ? undefined : Number(values.days);
      return actions.issueEnrolmentCode(parseInput(issueEnrolmentCodeInputSchema, { hallCode, deskNo, validDays }));
    }
    case 'revoke': {
      const [deskId] = rest;
      const input = deskId !== undefined ? { deskId } : { hallCode: values.hall, deskNo: values.desk };
      return actions.revokeDesk(parseInput(revokeDeskInputSchema, input));
    }
    case 'publish-catalogue': {
      const [file] = rest;
      if (file === undefined) return undefined;
      const hallCode = values.hall === undefined ? null : parseInput(hallCodeSchema, values.hall);
      return actions.publishCatalogue(await readText(file), hallCode);
    }
    case 'publish-calendar': {
      const [file] = rest;
      if (file === undefined) return undefined;
      return actions.publishCalendar(await readText(file));
    }
    case 'status-update': {
      const [caseNo, state] = rest;
      if (caseNo === undefined || state === undefined) return undefined;
      return actions.publishCaseStatus(
        parseInput(caseStatusInputSchema, { caseNo, state, department: values.department, note: values.note }),
      );
    }
    case 'overview':
      return actions.overview();
    case 'account': {
      const [sub, staffNo, ...name] = rest;
      if (sub !== 'create-admin' || staffNo === undefined || name.length === 0) return undefined;
      return actions.createCentreAdmin(parseInput(createCentreAdminInputSchema, { staffNo, name: name.join(' ') }));
    }
    default:
      return undefined;
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `无法读取文件 ${file}`);
  }
}
