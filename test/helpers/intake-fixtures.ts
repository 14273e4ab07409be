import { randomUUID } from 'node:crypto';
import type { RegisterCaseInput } from '../../src/shared/contract/case-endpoints';
import type { TestDesk } from './test-backend';

export const foundingItem = '32050000SJ-XK-0001'; // 企业设立登记（有限责任公司）: premises-proof is 容缺
export const foodItem = '32050000SJ-XK-0006'; // 食品经营许可（新办）
export const socialCardItem = '32050000SB-GG-0001'; // 社会保障卡申领 (person)

export const enterprise = {
  kind: 'enterprise' as const,
  creditCode: '91350100M000100Y43',
  name: '江川市明远食品有限公司',
  legalRepresentative: '陈明远',
  contactName: '刘芳',
  phone: '13812345678',
};

export const person = {
  kind: 'person' as const,
  idKind: 'resident' as const,
  idNumber: '11010519491231002X',
  name: '张三',
  phone: '0512-68001234',
  address: '江川市人民路1号',
};

interface ReceiptOptions {
  missing?: string[];
  /** Conditional lines that apply (the rest are marked as not applying). */
  applicable?: string[];
}

/** Every line received at its required counts, except those named missing. */
export async function receiptsFor(desk: TestDesk, itemCodes: string[], sessionKey: string, options: ReceiptOptions = {}) {
  const plan = await desk.call('intake.plan', { itemCodes, hasAgent: false }, sessionKey);
  return {
    plan,
    materials: plan.materials.map((m) => {
      const missing = options.missing?.includes(m.key) ?? false;
      const applicable = m.necessity !== 'conditional' || (options.applicable?.includes(m.key) ?? false);
      return {
        key: m.key,
        applicable,
        originals: missing ? 0 : m.originals,
        copies: missing ? 0 : m.copies,
        electronic: !missing && m.media.includes('electronic'),
      };
    }),
  };
}

export function registration(input: Omit<RegisterCaseInput, 'requestId' | 'agent'> & Partial<RegisterCaseInput>): RegisterCaseInput {
  return { requestId: randomUUID(), agent: null, ...input };
}
