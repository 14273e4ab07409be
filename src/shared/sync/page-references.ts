import { z } from 'zod';

/** One page a case refers to, as its sync events name it (the bytes travel separately, by hash). */
export interface PageReferenceInEvent {
  sha256: string;
  caseNo: string;
  materialKey: string;
  mime: string;
  size: number;
}

const isHash = (value: string) => /^[0-9a-f]{64}$/.test(value);
const pageSchema = z.looseObject({ sha256: z.string().refine(isHash), mime: z.string().max(100), size: z.number().int().min(1) });
const pagesSchema = z.array(z.unknown()).transform((pages) => pages.flatMap((p) => pageSchema.safeParse(p).data ?? []));

/** A case event carries the whole case, its material lines and their pages. */
const casePagesSchema = z.looseObject({
  caseNo: z.string(),
  materials: z.array(z.looseObject({ key: z.string(), pages: pagesSchema.default([]) })).catch([]),
});

/** A material-page event of a registered case (a draft's pages reach the case with case.registered). */
const linePagesSchema = z.looseObject({ caseNo: z.string(), materialKey: z.string(), pages: pagesSchema });

/**
 * The pages a case or material-page event refers to; none for other events, for a draft's pages
 * (they belong to no case yet) or for a payload that names none. The desk queues these for upload
 * once the centre acknowledges the event; the centre records them when it applies it.
 */
export function pageReferencesIn(event: { entity: string; payload: unknown }): PageReferenceInEvent[] {
  const ref = (caseNo: string, materialKey: string, page: z.infer<typeof pageSchema>) => ({
    sha256: page.sha256,
    caseNo,
    materialKey,
    mime: page.mime,
    size: page.size,
  });
  if (event.entity === 'case') {
    const parsed = casePagesSchema.safeParse(event.payload);
    if (!parsed.success) return [];
    return parsed.data.materials.flatMap((line) => line.pages.map((page) => ref(parsed.data.caseNo, line.key, page)));
  }
  if (event.entity === 'material-page') {
    const parsed = linePagesSchema.safeParse(event.payload);
    if (!parsed.success) return [];
    return parsed.data.pages.map((page) => ref(parsed.data.caseNo, parsed.data.materialKey, page));
  }
  return [];
}

/** `POST /v1/pages/missing`: of the hashes asked about, those the centre does not have yet. */
export const missingPagesReplySchema = z.object({ missing: z.array(z.string()) });
export type MissingPagesReply = z.infer<typeof missingPagesReplySchema>;

/** The tus endpoint pages are uploaded to (docs/sync-protocol.md, "Pages"). */
export const pageUploadsPath = '/v1/pages/uploads';
