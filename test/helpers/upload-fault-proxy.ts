import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One PATCH the proxy saw: which upload (its URL path), the offset it claimed, and what became of it. */
export interface SeenPatch {
  path: string;
  sha256: string | undefined;
  offset: number;
  outcome: 'passed' | 'dropped' | 'cut';
}

/**
 * A proxy for page uploads (tus) that misbehaves as a hall's mobile link does: it drops a request,
 * loses an answer, or cuts a PATCH halfway through its body (the centre keeps what arrived). Unlike
 * fault-proxy.ts it forwards every header both ways (tus lives in headers) and streams bodies, so
 * a cut leaves a partial upload behind. Faults are drawn from a seeded generator; `onCut` lets a
 * test SIGKILL the desk while a PATCH is half sent. It records every PATCH with its Upload-Offset.
 */
export class UploadFaultProxy {
  private readonly server: Server;
  private readonly random: () => number;
  private readonly shaByPath = new Map<string, string>();
  readonly patches: SeenPatch[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Called when a PATCH has been cut halfway, before the connections close. */
  onCut: ((patch: SeenPatch) => void | Promise<void>) | null = null;

  constructor(
    private readonly target: string,
    seed: number,
    private readonly faults: { drop: number; cut: number; loseAnswer: number } = { drop: 0, cut: 0, loseAnswer: 0 },
  ) {
    let state = seed >>> 0;
    this.random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  setFaults(faults: { drop: number; cut: number; loseAnswer: number }): void {
    Object.assign(this.faults, faults);
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = req.url ?? '/';
    const isPatch = req.method === 'PATCH';
    const roll = this.random();
    const patch: SeenPatch | null = isPatch
      ? { path, sha256: this.shaByPath.get(path), offset: Number(req.headers['upload-offset'] ?? -1), outcome: 'passed' }
      : null;
    if (patch) this.patches.push(patch);
    if (roll < this.faults.drop) {
      if (patch) patch.outcome = 'dropped';
      return void res.destroy();
    }
    const cut = patch !== null && body.length > 1 && roll < this.faults.drop + this.faults.cut;
    this.inFlight += isPatch ? 1 : 0;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const upstream = request(new URL(path, this.target), { method: req.method, headers: forwardable(req) });
      const answered = new Promise<IncomingMessage>((resolve, reject) => {
        upstream.on('response', resolve);
        upstream.on('error', reject);
      });
      // A cut link never gets its answer: nobody awaits it then.
      answered.catch(() => undefined);
      if (cut && patch) {
        patch.outcome = 'cut';
        upstream.on('error', () => undefined);
        await new Promise<void>((resolve) => upstream.write(body.subarray(0, Math.floor(body.length / 2)), () => resolve()));
        await this.onCut?.(patch);
        // Let the centre write what it received before the link goes.
        await new Promise((resolve) => setTimeout(resolve, 100));
        upstream.destroy();
        return void res.destroy();
      }
      upstream.end(body);
      const answer = await answered;
      const parts: Buffer[] = [];
      for await (const part of answer) parts.push(part as Buffer);
      if (req.method === 'POST' && answer.headers.location) this.rememberUpload(req, answer.headers.location);
      if (roll < this.faults.drop + this.faults.cut + this.faults.loseAnswer) return void res.destroy();
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      res.end(Buffer.concat(parts));
    } catch {
      res.destroy();
    } finally {
      this.inFlight -= isPatch ? 1 : 0;
    }
  }

  /** Which page an upload URL is for, from the creation's Upload-Metadata (`sha256 <base64>`). */
  private rememberUpload(req: IncomingMessage, location: string): void {
    const metadata = String(req.headers['upload-metadata'] ?? '');
    const entry = metadata.split(',').find((pair) => pair.trim().startsWith('sha256 '));
    if (!entry) return;
    const sha256 = Buffer.from(entry.trim().slice('sha256 '.length), 'base64').toString();
    this.shaByPath.set(new URL(location, this.target).pathname, sha256);
  }
}

function forwardable(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'host' || name === 'connection' || typeof value !== 'string') continue;
    headers[name] = value;
  }
  return headers;
}
