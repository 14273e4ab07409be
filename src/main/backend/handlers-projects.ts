import { hallDate } from '../../shared/calendar/hall-date';
import type { projectEndpoints } from '../../shared/contract/project-endpoints';
import type { SessionUser } from '../../shared/contract/user-types';
import { AppError } from '../../shared/errors';
import type { PrintService } from '../services/printing/print-service';
import { importChainTemplates } from '../services/projects/chain-templates';
import { createProject } from '../services/projects/create-project';
import { handOverProject } from '../services/projects/hand-over-project';
import { readProjectBoard } from '../services/projects/project-board';
import { readProjectFigures } from '../services/projects/project-figures';
import { listProjects } from '../services/projects/project-list';
import { findProject, latestTemplates } from '../services/projects/project-repository';
import { buildProjectWorkbook, projectWorkbookFileName } from '../services/projects/project-workbook';
import { readHall } from '../services/settings/hall-settings';
import { readHallTimeZone } from '../services/settings/hall-time-zone';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type ProjectChannel = keyof typeof projectEndpoints;

/** 全程代办 projects. An agent sees and changes only the projects in their charge. */
export function projectHandlers(deps: BackendDeps, printing: PrintService): HandlerMap<ProjectChannel> {
  const { db, catalogue } = deps;
  const hall = () => {
    const value = readHall(db);
    if (!value) throw new AppError('SETUP_REQUIRED', '受理台尚未初始化，请先完成首次设置');
    return value;
  };
  const rowDeps = () => ({ db, catalogue, calendar: deps.calendar.get() });
  const boardFor = (user: SessionUser, projectNo: string, now: Date) => {
    const project = findProject(db, projectNo);
    if (project && user.role === 'agent' && project.agent_id !== user.id) {
      throw new AppError('FORBIDDEN', '代办员只能查看自己负责的项目', 'projectNo');
    }
    return readProjectBoard(rowDeps(), projectNo, hallDate(now));
  };
  const changeContext = (user: SessionUser, now: Date) => ({ db, hall: hall(), calendar: deps.calendar.get(), catalogue, now, user });

  return {
    'projects.templates': () => latestTemplates(db),
    'projects.importTemplates': (input, ctx) => importChainTemplates(deps, input.text, requireUser(ctx), ctx.now),
    'projects.create': (input, ctx) => {
      const user = requireUser(ctx);
      const projectNo = createProject({ db, hall: hall(), user, now: ctx.now }, input);
      return boardFor(user, projectNo, ctx.now);
    },
    'projects.list': (input, ctx) => listProjects(rowDeps(), requireUser(ctx), input, hallDate(ctx.now)),
    'projects.board': (input, ctx) => boardFor(requireUser(ctx), input.projectNo, ctx.now),
    'projects.handover': (input, ctx) => {
      const user = requireUser(ctx);
      handOverProject(changeContext(user, ctx.now), input);
      return readProjectBoard(rowDeps(), input.projectNo, hallDate(ctx.now));
    },
    'projects.progressPdf': async (input, ctx) => {
      const user = requireUser(ctx);
      const { fileName, pdf, pageCount } = await printing.projectProgressPdf(boardFor(user, input.projectNo, ctx.now), user, ctx.now);
      return { fileName, pdfBase64: pdf.toString('base64'), pageCount };
    },
    'projects.figures': (_input, ctx) => readProjectFigures(rowDeps(), hallDate(ctx.now)),
    'projects.figuresXlsx': async (_input, ctx) => {
      const zone = readHallTimeZone(db);
      const { kinds } = readProjectFigures(rowDeps(), hallDate(ctx.now));
      const xlsx = await buildProjectWorkbook(kinds, hall().name, ctx.now, zone);
      return { fileName: projectWorkbookFileName(ctx.now, zone), xlsxBase64: xlsx.toString('base64') };
    },
  };
}
