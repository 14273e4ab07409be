import { pageCatalogue } from './page-catalogue';
import { hallDate } from '../calendar/hall-date';
import { defaultHallTimeZone } from '../time/hall-time';
import { mediaLabels, necessityLabels, type ServiceItem } from '../catalogue/item-schema';
import { idKindLabel, isIdKind } from '../identity/id-types';
import type { CaseDetail, CaseMaterial } from '../intake/case-types';
import { decisionLabels, refusalReasons, type RefusalReasonKind } from '../intake/decision';
import { deliveryMethodLabels, recipientKindLabels } from '../lifecycle/lifecycle-inputs';
import type { Delivery } from '../lifecycle/lifecycle-view';
import { addCalendarDays, chineseDate, chineseDateOf, chineseDateTime } from './chinese-date';
import { correctionNoticeSubtitle, docTypeInfo, type CaseDocType } from './doc-types';
import { printedIdNumber } from './mask';
import type { PrintCorrection, PrintData, PrintDecision, PrintDelivery, PrintItem, PrintMaterial } from './print-data';
import type { PrintSettings } from './print-settings';
import { itemDateProvisional } from '../intake/provisional-date';
import { statusUrl } from './status-url';

/*
 * Pure builders of PrintData: a case plus the hall's settings in (the guide: build-guide-print-data.ts),
 * paper wording out. No I/O, no clock: the caller passes the instant of printing.
 */

export interface PrintCodes {
  barcodeSvg: string;
  qrSvg: string;
}

export interface CasePrintInput {
  docType: CaseDocType;
  detail: CaseDetail;
  /** The catalogue versions the case was registered under (legal basis, phones, collection). */
  items: readonly ServiceItem[];
  settings: PrintSettings;
  /** Drawn when the document is issued; null in a preview of one never printed. */
  docNo: string | null;
  reprint: boolean;
  /** A 下载PDF before the first print: marked as a preview on the paper. */
  previewCopy?: boolean;
  printedAt: Date;
  queryCode: string | null;
  codes: PrintCodes | null;
  /** The hand-over (送达回证); null before 出件. */
  delivery?: Delivery | null;
  /** The hall's time zone (a hall setting); Asia/Shanghai when not given. */
  timeZone?: string;
  /** The departments' decisions (送达回证). */
  decisions?: readonly PrintDecision[];
  /** A 补正 during processing (补正材料通知书 after acceptance). */
  correction?: PrintCorrection | null;
}

const receiptTypes: readonly CaseDocType[] = ['acceptance-receipt', 'material-receipt'];

const statusLabels: Record<CaseMaterial['status'], string> = {
  received: '已收取',
  missing: '需补正',
  deferred: '容缺后补',
  'not-applicable': '不适用',
};

const refusalClauses: Partial<Record<RefusalReasonKind, string>> = {
  'not-permit-matter': '《中华人民共和国行政许可法》第三十二条第一款第（一）项',
  'outside-powers': '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
};

export function countsText(originals: number, copies: number): string {
  const parts = [originals > 0 ? `原件${originals}份` : '', copies > 0 ? `复印件${copies}份` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('、') : '无需纸质件';
}

function receivedText(m: CaseMaterial): string {
  const parts = [
    m.receivedOriginals > 0 ? `原件${m.receivedOriginals}份` : '',
    m.receivedCopies > 0 ? `复印件${m.receivedCopies}份` : '',
    m.receivedElectronic ? '电子版' : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('、') : '未收取';
}

function idLabelOf(idKind: string): string {
  if (idKind === 'credit-code') return '统一社会信用代码';
  return isIdKind(idKind) ? `${idKindLabel(idKind)}号码` : '证件号码';
}

/** The rights an applicant has against a refusal (行政复议法 art. 20, 行政诉讼法 art. 46). */
export function rightsText(settings: Pick<PrintSettings, 'reviewAuthority' | 'litigationCourt'>) {
  const review = settings.reviewAuthority
    ? `如对本决定不服，可以自收到本通知书之日起60日内向${settings.reviewAuthority}申请行政复议`
    : '如对本决定不服，可以自收到本通知书之日起60日内依法申请行政复议';
  const litigation = settings.litigationCourt
    ? `或者自收到本通知书之日起6个月内向${settings.litigationCourt}提起行政诉讼。`
    : '或者自收到本通知书之日起6个月内依法向人民法院提起行政诉讼。';
  return { review, litigation };
}

export function toPrintItem(item: ServiceItem | undefined, caseItem: CaseDetail['items'][number], provisional = false): PrintItem {
  return {
    code: caseItem.code,
    name: caseItem.name,
    department: caseItem.department,
    promisedDays: caseItem.promisedDays,
    promisedDate: caseItem.promisedDate ? chineseDate(caseItem.promisedDate) : null,
    promisedDateProvisional: provisional,
    legalBasis: item?.legalBasis ?? '',
    location: item?.location ?? '',
    officeHours: item?.officeHours ?? '',
    consultPhone: item?.consultPhone ?? '',
    supervisionPhone: item?.supervisionPhone ?? '',
    collectionMethods: item?.collectionMethods ?? [],
    mailSupported: item?.mailSupported ?? false,
    resultName: item?.resultName ?? '',
  };
}

/** A line marked 不适用 prints as not received, even for a case stored before receipts were normalised. */
function normalised(m: CaseMaterial): CaseMaterial {
  return m.status === 'not-applicable' ? { ...m, receivedOriginals: 0, receivedCopies: 0, receivedElectronic: false } : m;
}

function toPrintMaterial(material: CaseMaterial, itemNames: Map<string, string>): PrintMaterial {
  const m = normalised(material);
  return {
    name: m.name,
    necessity: necessityLabels[m.necessity],
    condition: m.condition,
    counts: countsText(m.originals, m.copies),
    originals: m.originals,
    copies: m.copies,
    media: m.media.map((medium) => mediaLabels[medium]).join('、'),
    formatNotes: m.formatNotes,
    source: m.issuer ? `由${m.issuer}出具` : '申请人自备',
    status: m.status,
    statusLabel: statusLabels[m.status],
    received: receivedText(m),
    receivedOriginals: m.receivedOriginals,
    receivedCopies: m.receivedCopies,
    receivedElectronic: m.receivedElectronic,
    supplyDeadline: m.supplyDeadline ? chineseDate(m.supplyDeadline) : null,
    forItems: m.forItems.map((code) => itemNames.get(code) ?? code).join('、'),
    ...pageCatalogue(m),
  };
}

function toPrintDelivery(d: Delivery, zone: string): PrintDelivery {
  return {
    method: deliveryMethodLabels[d.method],
    recipient: d.recipient,
    recipientKind: recipientKindLabels[d.recipientKind],
    recipientIdNumber: d.recipientIdNumber,
    proxyReason: d.proxyReason,
    documents: d.documents,
    address: d.address,
    trackingNo: d.trackingNo,
    deliveredAt: chineseDateTime(d.deliveredAt, zone),
    releasedBy: d.releasedBy,
  };
}

export function headerOf(settings: PrintSettings, hallName: string) {
  return { text: settings.headerText || hallName, hallName };
}

export function buildCasePrintData(input: CasePrintInput): PrintData {
  const { detail, settings, docType } = input;
  const info = docTypeInfo[docType];
  const masked = receiptTypes.includes(docType) && settings.maskIdOnReceipts;
  const itemNames = new Map(detail.items.map((i) => [i.code, i.name]));
  const zone = input.timeZone ?? defaultHallTimeZone;
  const receivedOn = chineseDateOf(detail.receivedAt, zone);
  const receivedDay = hallDate(new Date(detail.receivedAt), zone);
  const refusal = detail.refusal;
  const reasonKind = refusal?.kind as RefusalReasonKind | undefined;
  const a = detail.applicant;
  return {
    docType,
    title: info.title,
    subtitle: docType === 'correction-notice' ? correctionNoticeSubtitle : null,
    paper: settings.documents[docType].paper,
    copies: [...info.copies],
    header: headerOf(settings, detail.hall.name),
    docNo: input.docNo,
    reprint: input.reprint,
    previewCopy: input.previewCopy ?? false,
    printedAt: chineseDateTime(input.printedAt, zone),
    printedOn: chineseDateOf(input.printedAt, zone),
    clerk: { name: detail.clerk.name, staffNo: detail.clerk.staffNo, deskNo: detail.hall.deskNo, phone: settings.windowPhone },
    case: {
      caseNo: detail.caseNo,
      queryCode: input.queryCode,
      statusUrl: input.queryCode ? statusUrl(settings.statusBaseUrl, detail.caseNo, input.queryCode) : null,
      receivedAt: chineseDateTime(detail.receivedAt, zone),
      receivedOn,
      acceptedOn: detail.acceptedOn ? chineseDate(detail.acceptedOn) : null,
      promisedDate: detail.promisedDate ? chineseDate(detail.promisedDate) : null,
      promisedDateProvisional: detail.promisedDateProvisional,
      decisionLabel: decisionLabels[detail.decision],
      note: detail.note,
      itemNames: detail.items.map((i) => i.name).join('、'),
      correctionDeadline:
        docType === 'correction-notice'
          ? chineseDate(addCalendarDays(input.correction?.requestedOn ?? receivedDay, settings.correctionDays))
          : null,
      refusal: refusal
        ? {
            reason: reasonKind && reasonKind in refusalReasons ? refusalReasons[reasonKind] : refusal.kind,
            clause: (reasonKind && refusalClauses[reasonKind]) ?? '《中华人民共和国行政许可法》第三十二条',
            text: refusal.text,
            referTo: refusal.referTo,
          }
        : null,
    },
    applicant: {
      kind: a.kind,
      name: a.name,
      idLabel: idLabelOf(a.idKind),
      idNumber: printedIdNumber(a.idNumber, a.idKind, masked),
      phone: a.phone,
      address: a.address,
      legalRepresentative: a.legalRepresentative,
      contactName: a.contactName,
    },
    agent: detail.agent
      ? {
          kindLabel: detail.agent.kind === 'hall-proxy' ? '帮办代办员' : '委托代理人',
          name: detail.agent.name,
          idLabel: idLabelOf(detail.agent.idKind),
          idNumber: printedIdNumber(detail.agent.idNumber, detail.agent.idKind, masked),
          phone: detail.agent.phone,
        }
      : null,
    items: detail.items.map((caseItem) =>
      toPrintItem(
        input.items.find((i) => i.code === caseItem.code && i.version === caseItem.version),
        caseItem,
        itemDateProvisional(detail, caseItem.promisedDate),
      ),
    ),
    materials: detail.materials.map((m) => toPrintMaterial(m, itemNames)),
    guide: null,
    delivery: input.delivery ? toPrintDelivery(input.delivery, zone) : null,
    decisions: (input.decisions ?? []).map((d) => ({ ...d, decidedOn: d.decidedOn ? chineseDate(d.decidedOn) : null })),
    correction: input.correction ? { ...input.correction, requestedOn: chineseDate(input.correction.requestedOn) } : null,
    rights: rightsText(settings),
    codes: input.codes,
    sealImage: settings.sealImage,
  };
}
