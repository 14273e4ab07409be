import type { PrintService } from '../services/printing/print-service';
import { readPrintSettings, updatePrintSettings } from '../services/printing/print-settings';
import { requireUser } from './call-context';
import type { BackendDeps, HandlerMap } from './handler-types';

type PrintChannel =
  | 'print.preview'
  | 'print.issue'
  | 'print.documents'
  | 'print.pdf'
  | 'print.download'
  | 'print.send'
  | 'print.guidePreview'
  | 'print.guidePdf'
  | 'print.settings.get'
  | 'print.settings.update';

export function printHandlers({ db }: BackendDeps, printing: PrintService): HandlerMap<PrintChannel> {
  return {
    'print.preview': (input, ctx) => printing.preview(input.caseNo, input.docType, ctx.now),
    'print.issue': (input, ctx) => printing.issue(input.caseNo, input.docType, requireUser(ctx), ctx.now),
    'print.documents': (input) => printing.documents(input.caseNo),
    'print.pdf': (input) => {
      const { fileName, pdf, pageCount, sha256 } = printing.pdf(input.documentId);
      return { fileName, pdfBase64: pdf.toString('base64'), pageCount, sha256 };
    },
    'print.download': async (input, ctx) => {
      const { fileName, pdf, pageCount, previewCopy } = await printing.download(input.caseNo, input.docType, ctx.now);
      return { fileName, pdfBase64: pdf.toString('base64'), pageCount, previewCopy };
    },
    'print.send': (input, ctx) => printing.send(input.documentId, requireUser(ctx), ctx.now),
    'print.guidePreview': (input, ctx) => printing.guidePreview(input.code, requireUser(ctx), ctx.now, input.version),
    'print.guidePdf': async (input, ctx) => {
      const { fileName, pdf, pageCount } = await printing.guidePdf(input.code, requireUser(ctx), ctx.now, input.version);
      return { fileName, pdfBase64: pdf.toString('base64'), pageCount };
    },
    'print.settings.get': () => readPrintSettings(db),
    'print.settings.update': (input, ctx) => updatePrintSettings(db, requireUser(ctx), input, ctx.now),
  };
}
