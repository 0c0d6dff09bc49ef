import { Injectable } from '@nestjs/common';
import type { ProgrammeFaults } from '@navdesk/contracts';

export type Verdict = { kind: 'ok' } | { kind: 'down' } | { kind: 'error' };

/** Faults the tests and the demo switch on: an error rate, added latency, or the whole API down. */
@Injectable()
export class FaultsService {
  private faults: ProgrammeFaults = { errorRate: 0, latencyMs: 0, down: false };

  /** Replaceable in tests for a deterministic error rate. */
  random: () => number = Math.random;

  get current(): ProgrammeFaults {
    return { ...this.faults };
  }

  set(next: Partial<ProgrammeFaults>): ProgrammeFaults {
    this.faults = { ...this.faults, ...next };
    return this.current;
  }

  verdict(): Verdict {
    if (this.faults.down) return { kind: 'down' };
    if (this.faults.errorRate > 0 && this.random() < this.faults.errorRate) return { kind: 'error' };
    return { kind: 'ok' };
  }
}
