import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { AppError } from '../../shared/errors';
import { adminRoutes } from './admin-routes';
import type { CentralDeps } from './central-deps';
import { deskRoutes } from './desk-routes';
import { publicRoutes } from './public-routes';
import { errorReply } from './replies';
import type { Reply } from './replies';
import { createRouter } from './router';

/** The centre's HTTP server, not yet listening. */
export function createCentralServer(deps: CentralDeps): Server {
  const route = createRouter([...deskRoutes(deps), ...publicRoutes(deps), ...adminRoutes(deps)]);

  async function handle(req: IncomingMessage): Promise<Reply> {
    try {
      const url = new URL(req.url ?? '/', 'http://central.invalid');
      return await route({ req, url });
    } catch (error) {
      if (error instanceof AppError) return errorReply(error);
      deps.logError(`${req.method ?? ''} ${req.url ?? ''} failed`, error);
      return errorReply(new AppError('INTERNAL', '中心平台内部错误，请稍后重试'));
    }
  }

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    handle(req)
      .then((reply) => {
        // A refused upload may still be streaming in: close rather than read the rest of it.
        const headers = reply.status === 413 ? { ...reply.headers, connection: 'close' } : reply.headers;
        res.writeHead(reply.status, headers);
        res.end(reply.body);
      })
      .catch((error: unknown) => {
        deps.logError('writing a response failed', error);
        res.destroy();
      });
  });
}
