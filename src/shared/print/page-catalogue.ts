import type { CaseMaterial } from '../intake/case-types';

/** A line's entry in the 材料目录: its page count (a PDF counts its sheets), hashes and 复用 mark. */
export function pageCatalogue(m: Pick<CaseMaterial, 'pages'>): { electronicPages: number; pageHashes: string[]; reused: boolean } {
  return {
    electronicPages: m.pages.reduce((sum, p) => sum + p.sheets, 0),
    pageHashes: m.pages.map((p) => p.sha256),
    reused: m.pages.some((p) => p.source === 'reuse'),
  };
}
