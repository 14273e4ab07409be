import type pg from 'pg';

/** The bits of node-postgres' connection a COPY FROM STDIN talks to. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * `COPY … FROM STDIN` through node-postgres' submittable interface, the whole text in one
 * CopyData message (node-postgres has no COPY of its own; this is the small part of
 * pg-copy-streams the centre needs, without streaming: a batch is at most 5 MB).
 */
class CopyFromText {
  callback: ((error: Error | null) => void) | undefined;

  constructor(
    private readonly statement: string,
    private readonly data: Buffer,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.statement);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    if (this.data.length > 0) connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }

  /**
   * node-postgres forgets the active query when the server reports an error (the ReadyForQuery
   * that follows is not passed on), so a failed COPY (a unique violation: apply-batch.ts applies
   * the batch again) is answered here, or it would never be.
   */
  handleError(error: Error): void {
    this.finish(error);
  }

  handleReadyForQuery(): void {
    this.finish(null);
  }

  private finish(error: Error | null): void {
    const callback = this.callback;
    this.callback = undefined;
    callback?.(error);
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs `<statement> FROM STDIN` with `text` (COPY's text format) as its input. */
export function copyFromStdin(client: pg.PoolClient, statement: string, text: string): Promise<void> {
  const copy = new CopyFromText(`${statement} FROM STDIN`, Buffer.from(text, 'utf8'));
  return new Promise((resolve, reject) => {
    copy.callback = (error) => (error ? reject(error) : resolve());
    void client.query(copy as unknown as pg.QueryConfig);
  });
}
