import type { ServiceItem } from '../catalogue/item-schema';
import {
  applicantKindLabels,
  handlingKindLabels,
  itemTypeLabels,
  materialSourceLabels,
  mediaLabels,
  necessityLabels,
} from '../catalogue/item-schema';
import { defaultHallTimeZone } from '../time/hall-time';
import { countsText, headerOf, rightsText, toPrintItem } from './build-print-data';
import { chineseDate, chineseDateOf, chineseDateTime } from './chinese-date';
import { docTypeInfo } from './doc-types';
import type { PrintData } from './print-data';
import type { PrintSettings } from './print-settings';

export interface GuidePrintInput {
  item: ServiceItem;
  settings: PrintSettings;
  hall: { name: string; deskNo: string };
  clerk: { name: string; staffNo: string };
  printedAt: Date;
  timeZone?: string;
}

/** 办事指南 / 材料清单 of one item, for someone who asks before applying: no case, no number. */
export function buildGuidePrintData({
  item,
  settings,
  hall,
  clerk,
  printedAt,
  timeZone = defaultHallTimeZone,
}: GuidePrintInput): PrintData {
  const caseItem = {
    code: item.code,
    version: item.version,
    name: item.name,
    department: item.department,
    promisedDays: item.promisedDays,
    promisedDate: null,
  };
  return {
    docType: 'guide',
    title: docTypeInfo.guide.title,
    subtitle: '（含申请材料清单）',
    paper: settings.documents.guide.paper,
    copies: [''],
    header: headerOf(settings, hall.name),
    docNo: null,
    reprint: false,
    previewCopy: false,
    printedAt: chineseDateTime(printedAt, timeZone),
    printedOn: chineseDateOf(printedAt, timeZone),
    clerk: { name: clerk.name, staffNo: clerk.staffNo, deskNo: hall.deskNo, phone: settings.windowPhone },
    case: null,
    applicant: null,
    agent: null,
    items: [toPrintItem(item, caseItem)],
    materials: [],
    guide: {
      code: item.code,
      name: item.name,
      typeLabel: itemTypeLabels[item.type],
      handlingLabel: handlingKindLabels[item.handlingKind],
      department: item.department,
      competentDepartment: item.competentDepartment,
      jointDepartments: (item.jointDepartments ?? []).join('、'),
      legalBasis: item.legalBasis,
      acceptanceConditions: item.acceptanceConditions,
      statutoryDays: item.statutoryDays,
      promisedDays: item.promisedDays,
      specialSteps: item.specialSteps
        .map((s) => `${s.name}（${s.days}个工作日，${s.countedInLimit ? '计入' : '不计入'}办理时限）`)
        .join('；'),
      fee: item.fee.charged ? `收费：${item.fee.standard ?? ''}（依据：${item.fee.basis ?? ''}）` : '不收费',
      location: item.location,
      officeHours: item.officeHours,
      visitsRequired: item.visitsRequired,
      deliveryMethods: item.deliveryMethods.join('、'),
      collectionMethods: item.collectionMethods.join('、'),
      mailSupported: item.mailSupported,
      consultPhone: item.consultPhone,
      supervisionPhone: item.supervisionPhone,
      resultName: item.resultName,
      applicantKinds: item.applicantKinds.map((k) => applicantKindLabels[k]).join('、'),
      version: item.version,
      effectiveDate: chineseDate(item.effectiveDate),
      materials: item.materials.map((m) => ({
        name: m.name,
        source: m.issuer ? `${materialSourceLabels[m.source]}（${m.issuer}）` : materialSourceLabels[m.source],
        necessity:
          m.necessity === 'conditional' && m.condition ? `${necessityLabels[m.necessity]}：${m.condition}` : necessityLabels[m.necessity],
        counts: countsText(m.originals, m.copies),
        media: m.media.map((medium) => mediaLabels[medium]).join('、'),
        formatNotes: m.formatNotes,
      })),
    },
    delivery: null,
    rights: rightsText(settings),
    codes: null,
    sealImage: null,
  };
}
