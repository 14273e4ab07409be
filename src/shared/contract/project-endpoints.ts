import { z } from 'zod';
import { chainTemplateSchema } from '../projects/chain-template';
import { createProjectInputSchema, projectHandoverInputSchema, projectListInputSchema, projectNoSchema } from '../projects/project-inputs';
import { kindFiguresSchema, projectBoardSchema, projectSummarySchema } from '../projects/project-views';
import { endpoint } from './endpoint';
import { emptyInput } from './fields';

/** Clerks choose a project at intake; agents carry them; supervisors oversee them. */
const readers = ['clerk', 'agent', 'supervisor', 'admin'] as const;
const carriers = ['agent', 'supervisor', 'admin'] as const;
const overseers = ['supervisor', 'admin'] as const;

const chainFigureSchema = z.object({
  projectNo: z.string(),
  kind: z.string(),
  finished: z.boolean(),
  days: z.number(),
  materials: z.number(),
  trips: z.number(),
});

/** 全程代办 projects: chain templates, projects, the agent's board, hand-over, figures. */
export const projectEndpoints = {
  'projects.templates': endpoint({ title: '查看项目模板', access: readers, input: emptyInput, output: z.array(chainTemplateSchema) }),
  'projects.importTemplates': endpoint({
    title: '导入项目模板',
    access: ['admin'],
    input: z.object({ text: z.string().min(1, '请选择模板文件').max(2_000_000, '模板文件过大') }),
    output: z.object({ imported: z.number(), unchanged: z.number() }),
  }),
  'projects.create': endpoint({ title: '新建代办项目', access: carriers, input: createProjectInputSchema, output: projectBoardSchema }),
  'projects.list': endpoint({
    title: '查看代办项目',
    access: readers,
    input: projectListInputSchema,
    output: z.array(projectSummarySchema),
  }),
  'projects.board': endpoint({
    title: '查看项目看板',
    access: readers,
    input: z.object({ projectNo: projectNoSchema }),
    output: projectBoardSchema,
  }),
  'projects.handover': endpoint({ title: '交接代办项目', access: carriers, input: projectHandoverInputSchema, output: projectBoardSchema }),
  /** The 代办进度单 for the enterprise, through the print pipeline (audited, not stored). */
  'projects.progressPdf': endpoint({
    title: '打印代办进度单',
    access: carriers,
    input: z.object({ projectNo: projectNoSchema }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string(), pageCount: z.number() }),
  }),
  'projects.figures': endpoint({
    title: '查看全程代办统计',
    access: overseers,
    input: emptyInput,
    output: z.object({ kinds: z.array(kindFiguresSchema), chains: z.array(chainFigureSchema) }),
  }),
  'projects.figuresXlsx': endpoint({
    title: '导出全程代办统计',
    access: overseers,
    input: emptyInput,
    output: z.object({ fileName: z.string(), xlsxBase64: z.string() }),
  }),
};
