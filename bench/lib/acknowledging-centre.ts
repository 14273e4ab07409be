/**
 * A stand-in centre for the desk's side of a drain over HTTP: a separate process (so its CPU is not
 * the desk's) that answers `POST /v1/batches` with every event applied, and nothing else.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const serverScript = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const batch = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const results = batch.events.map((e) => ({ eventId: e.eventId, status: 'applied' }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, value: { batchId: batch.batchId, results } }));
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

export async function startAcknowledgingCentre(): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', serverScript], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const [port] = (await once(lines, 'line')) as [string];
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      lines.close();
      child.kill();
      await once(child, 'exit');
    },
  };
}
