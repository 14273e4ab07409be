import type { httpAdminActions } from '../../src/central/cli/http-admin-client';
import type { DepartmentState } from '../../src/shared/sync/protocol';

type Admin = ReturnType<typeof httpAdminActions>;

export interface Published {
  caseNo: string;
  state: DepartmentState;
  cursor: number;
}

/** The social security card's department: its word moves the case's sub-task at the desk. */
const department = '江川市社会保险基金管理中心';
const states: readonly DepartmentState[] = ['in-review', 'approved', 'delivered'];

/**
 * The departments' word on cases, published at the centre while the desks sync through faults
 * and the centre dies: each nudge tries one word (the next case in turn whose earlier words are
 * out), and a word the centre could not take (case not there yet, centre down) waits its turn.
 */
export class StatusPublisher {
  readonly published: Published[] = [];
  private readonly waiting: { caseNo: string; state: DepartmentState }[];
  private turn = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly admin: Admin,
    caseNos: readonly string[],
  ) {
    this.waiting = caseNos.flatMap((caseNo) => states.map((state) => ({ caseNo, state })));
  }

  /** One more try, after the ones already under way; never throws. */
  nudge(): void {
    this.chain = this.chain.then(() => this.tryNext());
  }

  /** Publishes every word still waiting (the centre holds every case by now), each try once `centreUp` resolves. */
  async flush(centreUp: () => Promise<void>): Promise<void> {
    await this.chain;
    for (let attempts = 0; this.waiting.length > 0 && attempts < 20 * this.waiting.length + 20; attempts += 1) {
      await centreUp();
      await this.tryNext();
    }
    if (this.waiting.length > 0) throw new Error(`words the centre would not take: ${JSON.stringify(this.waiting)}`);
  }

  private async tryNext(): Promise<void> {
    const ready = this.waiting.filter((w, i) => this.waiting.findIndex((o) => o.caseNo === w.caseNo) === i);
    const word = ready[this.turn++ % Math.max(1, ready.length)];
    if (!word) return;
    try {
      const { cursor } = await this.admin.publishCaseStatus({ ...word, department, note: '' });
      this.published.push({ ...word, cursor });
      this.waiting.splice(this.waiting.indexOf(word), 1);
    } catch {
      // Not at the centre yet, or the centre is down: it comes round again.
    }
  }
}
