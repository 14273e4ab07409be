import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'pass' | 'drop' | 'lose-answer' | 'delay' | 'duplicate' | 'truncate' | 'error-before' | 'error-after' | 'replay-old';

export interface FaultCounts {
  [fault: string]: number;
}

/**
 * A proxy between a desk and the centre that misbehaves the way hall networks do: drops a
 * request, loses the answer after the centre applied it, delays, sends a request twice,
 * truncates the answer, answers 503 before or after forwarding, and replays an old request
 * later (reordering). Faults are drawn from a seeded generator so a failure can be replayed. They
 * hit the pull side too: a GET /v1/changes or /v1/snapshot is dropped, its answer lost or cut in
 * half, or sent twice.
 */
export class FaultProxy {
  private server: Server;
  private random: () => number;
  private history: { method: string; path: string; headers: Record<string, string>; body: Buffer }[] = [];
  readonly counts: FaultCounts = {};
  /** The faults drawn for the pull side alone: GET /v1/changes and GET /v1/snapshot. */
  readonly pullCounts: FaultCounts = {};
  /** Called as each batch arrives (the test uses it to kill a desk mid-batch). */
  onBatch: (() => void) | null = null;
  /** Called once a batch has been handed whole to the centre and its answer has not come yet. */
  onBatchAtCentre: (() => void) | null = null;

  constructor(
    private target: string,
    seed: number,
    private readonly faultRate = 0.35,
  ) {
    let state = seed >>> 0;
    this.random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  retarget(target: string): void {
    this.target = target;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The first pull requests meet these faults whatever the draw: every run cuts the pull side. */
  private readonly pullFaultsFirst: Fault[] = ['truncate', 'lose-answer', 'drop', 'duplicate', 'error-after'];

  private pick(pull: boolean): Fault {
    const forced = pull ? this.pullFaultsFirst.shift() : undefined;
    if (forced) return forced;
    if (this.random() > this.faultRate) return 'pass';
    const faults: Fault[] = ['drop', 'lose-answer', 'delay', 'duplicate', 'truncate', 'error-before', 'error-after', 'replay-old'];
    return faults[Math.floor(this.random() * faults.length)]!;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const call = { method: req.method ?? 'GET', path: req.url ?? '/', headers: forwardable(req), body: Buffer.concat(chunks) };
    if (call.path.startsWith('/v1/batches')) {
      this.onBatch?.();
      this.history.push(call);
    }
    const pull = /^\/v1\/(changes|snapshot)\b/.test(call.path);
    const fault = this.pick(pull);
    this.counts[fault] = (this.counts[fault] ?? 0) + 1;
    if (pull) this.pullCounts[fault] = (this.pullCounts[fault] ?? 0) + 1;
    try {
      if (fault === 'drop') return void res.destroy();
      if (fault === 'error-before') return void res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"ok":false}');
      if (fault === 'delay') await new Promise((resolve) => setTimeout(resolve, 20 + this.random() * 200));
      if (fault === 'duplicate') await this.forward(call);
      if (fault === 'replay-old' && this.history.length > 1) {
        const old = this.history[Math.floor(this.random() * (this.history.length - 1))]!;
        await this.forward(old);
      }
      const answer = await this.forward(call);
      if (fault === 'lose-answer') return void res.destroy();
      if (fault === 'error-after') return void res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"ok":false}');
      res.writeHead(answer.status, { 'Content-Type': 'application/json', 'Content-Length': String(answer.body.length) });
      if (fault === 'truncate') {
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        return void res.destroy();
      }
      res.end(answer.body);
    } catch {
      res.destroy();
    }
  }

  private forward(call: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body: Buffer;
  }): Promise<{ status: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstream = request(new URL(call.path, this.target), { method: call.method, headers: call.headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => parts.push(chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 502, body: Buffer.concat(parts) }));
        answer.on('error', reject);
      });
      upstream.on('error', reject);
      if (call.path.startsWith('/v1/batches')) upstream.once('finish', () => this.onBatchAtCentre?.());
      upstream.end(call.body);
    });
  }
}

function forwardable(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'authorization']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}
