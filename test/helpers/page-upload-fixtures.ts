import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { person, socialCardItem } from './intake-fixtures';

export type DeskCall = <T>(channel: string, input: unknown) => Promise<T>;

/** A photo-like page no other page equals (noise compresses badly, so it weighs what a real page does). */
export function noiseJpeg(width = 480, height = 640): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** The line of 社会保障卡申领 that takes pages electronically. */
export const electronicLine = 'application-form-social-security-card';

/** Registers a 社会保障卡申领 case whose application form has `pages` camera pages; returns its number. */
export async function registerCaseWithPages(call: DeskCall, pages: number): Promise<string> {
  const requestId = randomUUID();
  const files = await Promise.all(
    Array.from({ length: pages }, async (_, i) => ({ name: `${i + 1}.jpg`, base64: (await noiseJpeg()).toString('base64') })),
  );
  await call('materials.addPages', { target: { draftId: requestId }, materialKey: electronicLine, source: 'camera', files });
  const plan = await call<{ materials: { key: string; necessity: string; originals: number; copies: number; media: string[] }[] }>(
    'intake.plan',
    { itemCodes: [socialCardItem], hasAgent: false },
  );
  const materials = plan.materials.map((m) => ({
    key: m.key,
    applicable: m.necessity !== 'conditional',
    originals: m.originals,
    copies: m.copies,
    electronic: m.media.includes('electronic'),
  }));
  const detail = await call<{ caseNo: string }>('cases.register', {
    requestId,
    agent: null,
    itemCodes: [socialCardItem],
    applicant: person,
    materials,
    decision: { kind: 'accept' },
  });
  return detail.caseNo;
}
