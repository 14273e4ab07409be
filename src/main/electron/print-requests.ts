import { printRequestHeadSchema, printRequestSchema, type PrintReply, type PrintRequest } from '../backend/process-protocol';

export interface PrintChannel {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  postMessage(message: PrintReply): void;
}

export interface PrintRequestHandler {
  handle(request: PrintRequest): Promise<PrintReply>;
}

/**
 * Answers the back end's print requests, one at a time. A malformed request is refused (with an
 * answer when its id can be read, so the back end is not left waiting) and never rendered.
 */
export function answerPrintRequests(child: PrintChannel, handler: PrintRequestHandler): void {
  let queue: Promise<unknown> = Promise.resolve();
  child.on('message', (raw) => {
    const parsed = printRequestSchema.safeParse(raw);
    if (parsed.success) {
      const request = parsed.data;
      queue = queue.then(() => handler.handle(request).then((reply) => child.postMessage(reply)));
      return;
    }
    const head = printRequestHeadSchema.safeParse(raw);
    if (!head.success) return;
    const { type, id } = head.data;
    const message = '拒绝打印：请求格式不正确';
    child.postMessage(
      type === 'pdf-request' ? { type: 'pdf-result', id, ok: false, message } : { type: 'print-result', id, ok: false, message },
    );
  });
}
