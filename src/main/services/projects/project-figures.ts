import type { ServiceItem } from '../../../shared/catalogue/item-schema';
import type { KindFigures } from '../../../shared/projects/project-views';
import { average, median, worst } from '../../../shared/projects/figures';
import type { ChainTemplate } from '../../../shared/projects/chain-template';
import type { RowDeps } from '../supervision/case-rows';
import { chainDaysUsed } from './project-board';
import { readChainProgress } from './project-progress';
import { caseMaterialCounts, caseTrips, latestTemplates, listProjectRows, templateOf } from './project-repository';

/** What the chain would take item by item, without 全程代办: the sum of the items' own figures. */
function statutorySums(items: readonly ServiceItem[]) {
  return {
    statutoryDays: items.reduce((sum, i) => sum + i.statutoryDays, 0),
    // Every material an applicant must bring to each item, counted per item as if applied alone.
    statutoryMaterials: items.reduce((sum, i) => sum + i.materials.filter((m) => m.necessity !== 'conditional').length, 0),
    // At least one visit per item, or as many as the guide says.
    statutoryTrips: items.reduce((sum, i) => sum + Math.max(1, i.visitsRequired), 0),
  };
}

export interface ChainFigure {
  projectNo: string;
  finished: boolean;
  days: number;
  materials: number;
  trips: number;
}

/** One finished or running chain, from the cases behind it. */
function chainFigure(deps: RowDeps, template: ChainTemplate, projectNo: string, today: string): ChainFigure {
  const progress = readChainProgress(deps.db, template, projectNo);
  const caseNos = progress.cases.map((c) => c.kase.case_no);
  const materials = caseMaterialCounts(deps.db, caseNos);
  const trips = caseTrips(deps.db, caseNos);
  return {
    projectNo,
    finished: progress.stageStates.every((s) => s === 'done'),
    days: chainDaysUsed(deps, progress, today),
    materials: caseNos.reduce((sum, no) => sum + (materials.get(no) ?? 0), 0),
    trips: caseNos.reduce((sum, no) => sum + (trips.get(no) ?? 0), 0),
  };
}

/**
 * The hall's 三减 figures per project kind: of the finished chains, the working days (median,
 * worst), and per chain on average the materials handed in and the trips made, each against the
 * sum of the items' statutory figures.
 */
export function readProjectFigures(deps: RowDeps, today: string): { kinds: KindFigures[]; chains: (ChainFigure & { kind: string })[] } {
  const rows = listProjectRows(deps.db, {});
  const chains = rows.map((row) => {
    const template = templateOf(deps.db, row.kind, row.template_version)!; // a foreign key holds it
    return { kind: row.kind, ...chainFigure(deps, template, row.project_no, today) };
  });
  const kinds = latestTemplates(deps.db).map((template): KindFigures => {
    const items = template.stages.flatMap((s) => s.itemCodes).map((code) => deps.catalogue.get(code, today));
    const ofKind = chains.filter((c) => c.kind === template.kind);
    const finished = ofKind.filter((c) => c.finished);
    return {
      kind: template.kind,
      kindName: template.name,
      projects: ofKind.length,
      finished: finished.length,
      medianDays: median(finished.map((c) => c.days)),
      worstDays: worst(finished.map((c) => c.days)),
      materials: average(finished.map((c) => c.materials)),
      trips: average(finished.map((c) => c.trips)),
      ...statutorySums(items),
    };
  });
  return { kinds, chains };
}
