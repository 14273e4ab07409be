import type { ResultFile } from '../../../shared/contract/result-file-endpoints';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open-database';
import { CentralClient, CentralError } from '../../sync/central-client';
import { bearer, type CredentialStore } from '../../sync/credential-store';
import { centralUrlKey, reEnrolKey } from '../../sync/sync-engine';
import { detectKind } from '../materials/incoming-file';
import { isPageHash, sha256Hex, type PageStore } from '../materials/page-store';
import { getSetting } from '../settings/settings-repository';
import { loadCase } from './lifecycle-repository';

export interface ResultFileDeps {
  db: Db;
  /** The desk's page store: a result file is kept by its hash beside the material pages. */
  store: PageStore;
  credentials: CredentialStore;
}

export const notDownloadedMessage = '结果文件尚未下载，请在网络连通后重试';

const mimeOfKind = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const;

/**
 * A department's result file for a sub-task (the hash came with the centre's status update):
 * from the page store when this desk fetched it before, else from the centre with the desk's
 * credential, checked against that hash and kept, so it opens offline from then on. Bytes that
 * do not hash to what the centre announced are refused and not kept.
 */
export async function openResultFile(deps: ResultFileDeps, caseNo: string, position: number): Promise<ResultFile> {
  const sha256 = announcedHash(deps.db, caseNo, position);
  if (deps.store.has(sha256)) return asResultFile(sha256, deps.store.read(sha256));
  const bytes = await fetchFromCentre(deps, sha256);
  if (sha256Hex(bytes) !== sha256)
    throw new AppError('CONFLICT', '下载的结果文件与中心通知的 SHA-256 摘要不一致，未保存；请联系中心平台核实后重试');
  const file = asResultFile(sha256, Buffer.from(bytes));
  deps.store.put(bytes);
  return file;
}

function announcedHash(db: Db, caseNo: string, position: number): string {
  const task = loadCase(db, caseNo).tasks.find((t) => t.position === position);
  if (!task) throw new AppError('NOT_FOUND', `该案件没有第 ${position + 1} 项事项`, 'position');
  const sha256 = task.result_file_sha256;
  if (sha256 === null) throw new AppError('NOT_FOUND', `${task.item_name}：部门尚未发送结果文件`, 'position');
  if (!isPageHash(sha256)) throw new AppError('CONFLICT', '中心通知的结果文件摘要格式不正确，请联系中心平台核实');
  return sha256;
}

async function fetchFromCentre(deps: ResultFileDeps, sha256: string): Promise<Uint8Array> {
  const url = getSetting(deps.db, centralUrlKey);
  const credential = deps.credentials.load();
  if (!url || !credential) throw new AppError('CONFLICT', '本窗口尚未接入中心平台，无法下载结果文件；请管理员注册本窗口');
  if (getSetting(deps.db, reEnrolKey) !== undefined)
    throw new AppError('CONFLICT', '中心平台不再接受本窗口的接入凭证，请管理员重新注册本窗口后再下载结果文件');
  try {
    return (await new CentralClient(url).pageFile(bearer(credential), sha256)).bytes;
  } catch (error) {
    if (!(error instanceof CentralError)) throw error;
    if (error.credentialRefused()) throw new AppError('CONFLICT', '中心平台拒绝了本窗口的接入凭证，请管理员重新注册本窗口后再下载结果文件');
    if (error.kind === 'refused') throw new AppError('NOT_FOUND', `中心平台没有提供该结果文件：${error.message}`);
    if (error.kind === 'server')
      throw new AppError('CONFLICT', `中心平台暂时不可用（HTTP ${error.status ?? '—'}），结果文件尚未下载，请稍后重试`);
    throw new AppError('CONFLICT', notDownloadedMessage);
  }
}

function asResultFile(sha256: string, bytes: Buffer): ResultFile {
  const kind = detectKind(bytes);
  if (kind === null || kind === 'tiff') throw new AppError('CONFLICT', '结果文件不是 PDF、JPEG 或 PNG 格式，无法打开；请联系中心平台核实');
  return { mime: mimeOfKind[kind], sha256, size: bytes.length, base64: bytes.toString('base64') };
}
