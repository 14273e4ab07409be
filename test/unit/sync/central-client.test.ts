import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CentralClient } from '../../../src/main/sync/central-client';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A centre that keeps each request's headers and bytes and answers every batch with nothing applied. */
async function recordingCentre(): Promise<{ url: string; requests: { headers: IncomingHttpHeaders; bytes: Buffer }[] }> {
  const requests: { headers: IncomingHttpHeaders; bytes: Buffer }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ headers: req.headers, bytes: Buffer.concat(chunks) });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: true, value: { batchId: 'b1', results: [] } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

describe('the central client', () => {
  it('sends a batch as the prepared bytes, as JSON, with their length', async () => {
    const centre = await recordingCentre();
    const body = Buffer.from('{"batchId":"b1","events":[{"payloadJson":"{\\"name\\":\\"办理\\"}","note":"😀"}]}', 'utf8');
    expect(await new CentralClient(centre.url).sendBatch('credential', body)).toEqual({ batchId: 'b1', results: [] });
    const [request] = centre.requests;
    expect(request?.headers).toMatchObject({
      'content-type': 'application/json',
      'content-length': String(body.length),
      authorization: 'Bearer credential',
    });
    expect(request?.bytes.equals(body)).toBe(true);
  });
});
