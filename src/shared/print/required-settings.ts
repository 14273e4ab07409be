import type { DocType } from './doc-types';
import { docTypeInfo } from './doc-types';
import type { PrintSettings } from './print-settings';
import { placeholderStatusBaseUrl } from './status-url';

/**
 * Hall settings that paper names and that have no sensible default: no placeholder may ever
 * reach paper, so a document that needs one of them is refused until an administrator fills
 * it in (first-run setup or 系统设置 → 打印设置).
 */
export const paperSettingKeys = ['statusBaseUrl', 'reviewAuthority', 'litigationCourt'] as const;
export type PaperSettingKey = (typeof paperSettingKeys)[number];

export const paperSettingLabels: Record<PaperSettingKey, string> = {
  statusBaseUrl: '办理进度查询网址',
  reviewAuthority: '行政复议机关',
  litigationCourt: '行政诉讼的人民法院',
};

/** Every case document carries the status QR code; the 不予受理通知书 also names where to appeal. */
function needs(docType: DocType): readonly PaperSettingKey[] {
  if (docType === 'guide') return [];
  if (docType === 'refusal-notice') return paperSettingKeys;
  return ['statusBaseUrl'];
}

function isSet(settings: Pick<PrintSettings, PaperSettingKey>, key: PaperSettingKey): boolean {
  const value = settings[key].trim();
  return value !== '' && !(key === 'statusBaseUrl' && value.replace(/\/+$/, '') === placeholderStatusBaseUrl);
}

export function missingPaperSettings(settings: Pick<PrintSettings, PaperSettingKey>, docType: DocType): PaperSettingKey[] {
  return needs(docType).filter((key) => !isSet(settings, key));
}

/** What to fill in and where, for the clerk who tried to print. */
export function missingSettingsMessage(docType: DocType, missing: readonly PaperSettingKey[]): string {
  const names = missing.map((key) => `“${paperSettingLabels[key]}”`).join('、');
  return `${docTypeInfo[docType].title}需要${names}，尚未设置，暂不能打印。请管理员在“系统设置 → 打印设置”中填写后再打印。`;
}
