import { z } from 'zod';
import { caseDetailSchema } from '../../shared/intake/case-types';
import { isDateString } from '../../shared/calendar/date-string';
import { cleanLine, receivedLineSchema } from '../../shared/text/safe-text';

/** One outbox row as the desk sends it. */
export const incomingEventSchema = z.object({
  eventId: z.uuid('事件编号（eventId）应为 UUID'),
  seq: z.number({ error: '事件序号（seq）应为整数' }).int('事件序号（seq）应为整数').min(0).max(Number.MAX_SAFE_INTEGER),
  entity: z
    .string({ error: '缺少数据类型（entity）' })
    .min(1, '缺少数据类型（entity）')
    .max(40, '数据类型（entity）过长')
    .superRefine(cleanLine),
  entityId: z
    .string({ error: '缺少对象编号（entityId）' })
    .min(1, '缺少对象编号（entityId）')
    .max(200, '对象编号（entityId）过长')
    .superRefine(cleanLine),
  op: z.string({ error: '缺少操作类型（op）' }).min(1, '缺少操作类型（op）').max(80, '操作类型（op）过长').superRefine(cleanLine),
  payload: z.unknown(),
  /** The payload's bytes as the desk stored them (absent from desks older than the protocol's payloadJson). */
  payloadJson: z.string().optional(),
  createdAt: z.iso.datetime({ offset: true, error: '事件时间（createdAt）应为 ISO 8601 时间，如 2026-11-22T02:58:22.000Z' }),
});
export type IncomingEvent = z.output<typeof incomingEventSchema>;

const storableDate = z
  .string()
  .refine((date) => isDateString(date) && date >= '1900-01-01' && date <= '2999-12-31', '日期格式应为 YYYY-MM-DD');

/**
 * Every case op carries the full case after the change. `queryCode`, when the desk has one, is
 * what the receipt's QR code pairs with the case number on the public status page: long enough
 * that it cannot be guessed.
 */
export const casePayloadSchema = caseDetailSchema.extend({
  // The one-line fields a clerk typed, under the same rule the desk applies at the field.
  caseNo: receivedLineSchema,
  applicant: caseDetailSchema.shape.applicant.extend({
    name: receivedLineSchema,
    idNumber: receivedLineSchema,
    phone: receivedLineSchema,
    address: receivedLineSchema.nullable(),
    legalRepresentative: receivedLineSchema.nullable(),
    contactName: receivedLineSchema.nullable(),
  }),
  promisedDate: storableDate.nullable(),
  /** 暂定 (issue 9); desks older than it do not send the flag. */
  promisedDateProvisional: z.boolean().default(false),
  queryCode: z
    .string()
    .regex(/^[A-Za-z0-9]{8,32}$/, '查询码（queryCode）应为8至32位字母或数字')
    .nullable()
    .optional(),
});
export type CasePayload = z.output<typeof casePayloadSchema>;

/** Users, settings, desk set-up and catalogue imports are kept in the ledger as they come. */
export const recordPayloadSchema = z.record(z.string(), z.unknown(), { error: '事件内容（payload）应为 JSON 对象' });
