import { AsyncResource } from 'node:async_hooks';

/** Commits a batch: one settled result per item, in the order the items were given. */
export type CommitBatch<I, R> = (items: readonly I[]) => Promise<PromiseSettledResult<R>[]>;

/**
 * After a batch failed: commits its items one at a time, in order, so a fault fails only its own item
 * (its rejection is its result) and the rest still commit.
 */
export async function commitOneByOne<I, R>(items: readonly I[], commit: CommitBatch<I, R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = [];
  for (const item of items) {
    try {
      results.push(...(await commit([item])));
    } catch (reason) {
      results.push({ status: 'rejected', reason });
    }
  }
  return results;
}

export interface GroupCommitOptions {
  /** How long the first item of a batch waits for others to join it. */
  waitMs: number;
  /** A batch this full is closed at once. */
  maxItems: number;
  /** Batches committing at once; the next one keeps gathering meanwhile. */
  maxInFlight: number;
}

interface Waiting<I, R> {
  item: I;
  resolve(result: R): void;
  reject(reason: unknown): void;
}

/**
 * Group commit: callers submit one item each and wait; items arriving within `waitMs` of a batch's
 * first item (up to `maxItems`) are committed together by one call of `commit`, and each caller gets
 * its own item's result. While `maxInFlight` batches are committing, the open batch keeps gathering
 * past its wait (until full), so a slower database gets larger batches rather than a queue of small ones.
 *
 * Batches run in the async context the committer was made in, never the first caller's: whatever a
 * batch needs of each caller's request (who, from where) travels in its item.
 */
export class GroupCommitter<I, R> {
  private open: Waiting<I, R>[] = [];
  /** Cancels the open batch's wait, while it waits. */
  private cancelWait: (() => void) | null = null;
  /** The open batch has waited its `waitMs`: it goes as soon as a commit slot is free. */
  private openDue = false;
  /** Full batches waiting for a commit slot, oldest first. */
  private readonly closed: Waiting<I, R>[][] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly onWaitElapsed = AsyncResource.bind(() => {
    this.cancelWait = null;
    this.openDue = true;
    this.startCommits();
  });
  private readonly startCommitsNeutral = AsyncResource.bind(() => this.startCommits());

  constructor(
    private readonly commit: CommitBatch<I, R>,
    private readonly options: GroupCommitOptions,
  ) {
    if (options.maxItems < 1 || options.maxInFlight < 1 || options.waitMs < 0) throw new Error('GroupCommitter needs maxItems ≥ 1, maxInFlight ≥ 1 and waitMs ≥ 0');
  }

  /** Resolves or rejects with this item's own result, once its batch has committed. */
  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.open.push({ item, resolve, reject });
      if (this.open.length >= this.options.maxItems) {
        this.closeOpen();
        this.startCommitsNeutral();
      } else if (this.open.length === 1) {
        this.cancelWait = this.waitThenCommit();
      }
    });
  }

  /** Items submitted whose batch has not started committing: gathering, or full and waiting for a slot. */
  get waiting(): number {
    return this.open.length + this.closed.reduce((n, batch) => n + batch.length, 0);
  }

  /** Commits whatever is gathered without waiting, and resolves when every batch has answered (shutdown). */
  async flush(): Promise<void> {
    this.openDue = true;
    this.startCommitsNeutral();
    while (this.running.size > 0 || this.closed.length > 0 || this.open.length > 0) {
      await Promise.all([...this.running]);
      this.openDue = true;
      this.startCommitsNeutral();
    }
  }

  /** `waitMs` 0 waits only for the items of the same turn of the event loop (a timer would take a millisecond). */
  private waitThenCommit(): () => void {
    if (this.options.waitMs === 0) {
      const immediate = setImmediate(this.onWaitElapsed);
      return () => clearImmediate(immediate);
    }
    const timer = setTimeout(this.onWaitElapsed, this.options.waitMs);
    return () => clearTimeout(timer);
  }

  private closeOpen(): void {
    this.cancelWait?.();
    this.cancelWait = null;
    this.openDue = false;
    if (this.open.length > 0) this.closed.push(this.open);
    this.open = [];
  }

  private startCommits(): void {
    while (this.running.size < this.options.maxInFlight) {
      if (this.closed.length === 0 && this.openDue) this.closeOpen();
      const batch = this.closed.shift();
      if (!batch) return;
      const run = this.run(batch).finally(() => {
        this.running.delete(run);
        this.startCommits();
      });
      this.running.add(run);
    }
  }

  private async run(batch: Waiting<I, R>[]): Promise<void> {
    try {
      const results = await this.commit(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const result = results[i];
        if (!result) w.reject(new Error(`the batch commit answered ${results.length} of ${batch.length} items`));
        else if (result.status === 'fulfilled') w.resolve(result.value);
        else w.reject(result.reason);
      });
    } catch (e) {
      for (const w of batch) w.reject(e);
    }
  }
}
