import type { z } from 'zod';
import {
  batchReplySchema,
  changesPageSchema,
  enrolReplySchema,
  snapshotPageSchema,
  type BatchReply,
  type ChangesPage,
  type EnrolReply,
  type EnrolRequest,
  type SnapshotPage,
} from '../../shared/sync/protocol';
import { missingPagesReplySchema, type MissingPagesReply } from '../../shared/sync/page-references';

/**
 * The desk's HTTP client for the central platform (docs/sync-protocol.md). Every failure comes
 * back as a CentralError saying whether the link is down (retry later) or the centre said no.
 */
export class CentralError extends Error {
  constructor(
    message: string,
    /** offline: no answer at all; server: 5xx or a broken answer; refused: 4xx, retrying will not help. */
    readonly kind: 'offline' | 'server' | 'refused',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CentralError';
  }

  /** 401/403: the credential is missing, wrong or revoked, or bound elsewhere; only a new enrolment helps. */
  credentialRefused(): boolean {
    return this.kind === 'refused' && (this.status === 401 || this.status === 403);
  }
}

export type { BatchReply, ChangesPage as ChangesReply, EnrolReply as EnrolmentReply } from '../../shared/sync/protocol';

const requestTimeoutMs = 20_000;
/** A result file may be 20 MB on a hall's slow line. */
const fileTimeoutMs = 120_000;

export class CentralClient {
  constructor(private readonly baseUrl: string) {}

  enrol(input: EnrolRequest): Promise<EnrolReply> {
    return this.request('POST', '/v1/enrol', null, JSON.stringify(input), enrolReplySchema);
  }

  /**
   * `body` is the batch as prepared (outbox-batches.ts), in UTF-8: its size was counted on these
   * bytes, and sending bytes spares fetch converting and encoding a string of several hundred KB.
   */
  sendBatch(credential: string, body: Uint8Array): Promise<BatchReply> {
    return this.request('POST', '/v1/batches', credential, body, batchReplySchema);
  }

  changes(credential: string, since: number, limit = 200): Promise<ChangesPage> {
    return this.request('GET', `/v1/changes?since=${since}&limit=${limit}`, credential, undefined, changesPageSchema);
  }

  /** One page of the hall's current state (docs/sync-protocol.md §5.1); `after` is the previous page's `nextAfter`. */
  snapshot(credential: string, after: string, limit = 200): Promise<SnapshotPage> {
    const query = new URLSearchParams({ after, limit: String(limit) });
    return this.request('GET', `/v1/snapshot?${query.toString()}`, credential, undefined, snapshotPageSchema);
  }

  /** Of these page hashes, those the centre does not have yet (the desk uploads only those). */
  missingPages(credential: string, hashes: readonly string[]): Promise<MissingPagesReply> {
    return this.request('POST', '/v1/pages/missing', credential, JSON.stringify({ hashes }), missingPagesReplySchema);
  }

  /**
   * A page's bytes as the centre serves them to a desk of the case's hall (`GET /v1/pages/<sha256>`),
   * with the type the centre recorded. The caller checks the bytes against the hash it expected.
   */
  async pageFile(credential: string, sha256: string): Promise<{ bytes: Uint8Array; mime: string }> {
    const response = await this.send('GET', `/v1/pages/${encodeURIComponent(sha256)}`, credential, undefined, fileTimeoutMs);
    if (response.status >= 500) {
      throw new CentralError(`中心平台暂时不可用（HTTP ${response.status}），稍后自动重试`, 'server', response.status);
    }
    if (!response.ok) {
      const envelope = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new CentralError(envelope?.error?.message ?? `中心平台拒绝了请求（HTTP ${response.status}）`, 'refused', response.status);
    }
    try {
      return { bytes: new Uint8Array(await response.arrayBuffer()), mime: response.headers.get('content-type') ?? '' };
    } catch {
      throw new CentralError('文件传输中断（网络未连通）', 'offline');
    }
  }

  private async send(
    method: string,
    path: string,
    credential: string | null,
    body: string | Uint8Array | undefined,
    timeoutMs = requestTimeoutMs,
  ): Promise<Response> {
    try {
      return await fetch(new URL(path, this.baseUrl), {
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new CentralError('无法连接中心平台（网络未连通），变更已保存在本机，联网后自动发送', 'offline');
    }
  }

  private async request<T>(
    method: string,
    path: string,
    credential: string | null,
    body: string | Uint8Array | undefined,
    schema: z.ZodType<T>,
  ): Promise<T> {
    const response = await this.send(method, path, credential, body);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new CentralError(`中心平台的应答不完整（HTTP ${response.status}），稍后自动重试`, 'server', response.status);
    }
    const envelope = json as { ok?: boolean; value?: unknown; error?: { message?: string } };
    if (response.status >= 500) {
      throw new CentralError(`中心平台暂时不可用（HTTP ${response.status}），稍后自动重试`, 'server', response.status);
    }
    if (!response.ok || envelope.ok !== true) {
      throw new CentralError(envelope.error?.message ?? `中心平台拒绝了请求（HTTP ${response.status}）`, 'refused', response.status);
    }
    const parsed = schema.safeParse(envelope.value);
    if (!parsed.success) throw new CentralError('中心平台的应答格式不正确，稍后自动重试', 'server', response.status);
    return parsed.data;
  }
}
