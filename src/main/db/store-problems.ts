import { AppError } from '../../shared/errors';

/** Where the README explains backing up and restoring (the message names it for the clerk's IT). */
const backupSection = '使用说明（README）“Where data lives, and backing it up”一节';

function restoreAdvice(file: string): string {
  return `请关闭受理台，将最近一次的备份复制为 ${file}（做法见${backupSection}），再重新打开。原文件不会被改动，请先另行保存一份以便排查。`;
}

export function emptyStoreError(file: string): AppError {
  return new AppError(
    'STORE_UNAVAILABLE',
    `数据文件 ${file} 存在但内容为空（0 字节），可能在复制或磁盘故障中损坏。受理台不会把它当作新受理台重新初始化。${restoreAdvice(file)}`,
  );
}

export function damagedStoreError(file: string, detail: string): AppError {
  return new AppError('STORE_UNAVAILABLE', `数据文件 ${file} 已损坏，受理台无法使用（${detail}）。${restoreAdvice(file)}`);
}

export function unwritableStoreError(file: string): AppError {
  return new AppError(
    'STORE_UNAVAILABLE',
    `无法读写数据文件 ${file} 或其所在的文件夹：文件或文件夹为只读，或当前用户没有权限。请由管理员恢复该文件夹及其中文件的读写权限（Windows：属性中取消“只读”；Linux：chmod u+rw），再重新打开受理台。若文件已损坏，${restoreAdvice(file)}`,
  );
}

const damagedCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);
const unwritableCodes = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_AUTH', 'EACCES', 'EPERM', 'EROFS']);

/** A failure while opening the store, as the clerk should read it; anything unknown is kept as it is. */
export function storeOpenError(file: string, error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  if (damagedCodes.has(code)) return damagedStoreError(file, code === 'SQLITE_NOTADB' ? '不是受理台的数据文件' : '文件内容损坏');
  if (unwritableCodes.has(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'))
    return unwritableStoreError(file);
  return error;
}

/** SQLITE_FULL (the disk, or a size limit) and ENOSPC from the file system. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}

export const diskFullMessage =
  '磁盘空间已满，本次操作没有保存（已录入的其他数据不受影响）。请联系管理员清理受理台所在磁盘、腾出空间后再重试；在此之前仍可查询和打印已有案件。';

export const diskFullError = (): AppError => new AppError('DISK_FULL', diskFullMessage);
