/**
 * The centre's share of bench/sync: the same case events applied in-process through the centre's
 * own apply path (envelope parsing, light checks, one transaction per 500-event batch), with no
 * desk and no HTTP, as another desk of the hall. Returns the seconds it took.
 */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../../src/central/db/sql';
import { applyBatch } from '../../src/central/sync/apply-batch';
import { batchEnvelopeSchema } from '../../src/central/sync/batch-request';
import { plainBatchEnvelope } from '../../src/central/sync/plain-batch';
import type { BacklogRow } from './copy-ceiling';

/** The desk's batch size (batchLimits.maxEvents): 500 case events of ~3.7 KB are about 2 MB. */
const batchSize = 500;

export async function applyInProcess(sql: Sql, rows: readonly BacklogRow[], hallCode: string, deskNo: string): Promise<number> {
  const deskId = randomUUID();
  await sql.query('INSERT INTO desks (id, hall_code, desk_no, credential_hash) VALUES ($1, $2, $3, $4)', [deskId, hallCode, deskNo, 'x']);
  const desk = { id: deskId, hallCode, deskNo, caseNumberFormats: [], openRejections: 0 };
  const createdAt = new Date().toISOString();
  const events = rows.map((row, i) => {
    const caseNo = row.caseNo.replace(/-\d+-(\d{4})-/, `-${deskNo}-$1-`);
    const payloadJson = row.payloadText.replaceAll(row.caseNo, caseNo).replace(/"deskNo":"[^"]*"/, `"deskNo":"${deskNo}"`);
    return { eventId: randomUUID(), seq: i + 1, entity: 'case', entityId: caseNo, op: 'case.registered', payloadJson, createdAt };
  });
  const started = performance.now();
  for (let from = 0; from < events.length; from += batchSize) {
    // As the HTTP route does: the body's JSON text is parsed, then the envelope (by hand when it surely passes the schema).
    const body = JSON.parse(JSON.stringify({ batchId: randomUUID(), events: events.slice(from, from + batchSize) })) as unknown;
    const result = await applyBatch(sql, desk, plainBatchEnvelope(body) ?? batchEnvelopeSchema.parse(body));
    const refused = result.results.find((r) => r.status !== 'applied');
    if (refused) throw new Error(`bench event not applied: ${JSON.stringify(refused)}`);
  }
  return (performance.now() - started) / 1000;
}
