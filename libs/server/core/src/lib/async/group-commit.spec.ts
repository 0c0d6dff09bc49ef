import { AsyncLocalStorage } from 'node:async_hooks';
import { GroupCommitter, type GroupCommitOptions } from './group-commit';

/** A commit the test finishes by hand: each call is recorded with its items and a way to answer it. */
class ManualCommit {
  readonly batches: { items: readonly string[]; answer(results?: PromiseSettledResult<string>[]): void; fail(e: Error): void }[] = [];

  readonly commit = (items: readonly string[]): Promise<PromiseSettledResult<string>[]> =>
    new Promise((resolve, reject) => {
      this.batches.push({
        items,
        answer: (results) => resolve(results ?? items.map((item) => ({ status: 'fulfilled', value: `saved ${item}` }))),
        fail: reject,
      });
    });

  get sizes(): number[] {
    return this.batches.map((b) => b.items.length);
  }
}

const OPTIONS: GroupCommitOptions = { waitMs: 2, maxItems: 4, maxInFlight: 2 };

/** Lets settled promises run their callbacks (fake timers do not move microtasks). */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('GroupCommitter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('commits the items that arrive within the wait as one batch, and answers each caller with its own result', async () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, OPTIONS);
    const a = committer.submit('a');
    jest.advanceTimersByTime(1);
    const b = committer.submit('b');
    expect(db.batches).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(db.sizes).toEqual([2]);
    db.batches[0]?.answer();
    await expect(a).resolves.toBe('saved a');
    await expect(b).resolves.toBe('saved b');
  });

  it('starts the wait at the first item of a batch, not at each item', () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, { ...OPTIONS, waitMs: 10 });
    void committer.submit('a');
    jest.advanceTimersByTime(9);
    void committer.submit('b');
    jest.advanceTimersByTime(1);
    expect(db.sizes).toEqual([2]);
  });

  it('closes a full batch at once without waiting for the timer', () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, OPTIONS);
    for (const item of ['a', 'b', 'c', 'd', 'e']) void committer.submit(item);
    expect(db.batches.map((b) => b.items)).toEqual([['a', 'b', 'c', 'd']]);
    jest.advanceTimersByTime(2);
    expect(db.batches.map((b) => b.items)).toEqual([['a', 'b', 'c', 'd'], ['e']]);
  });

  it('fails only the item whose result is a failure', async () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, OPTIONS);
    const good = committer.submit('good');
    const bad = committer.submit('bad');
    jest.advanceTimersByTime(2);
    db.batches[0]?.answer([
      { status: 'fulfilled', value: 'saved good' },
      { status: 'rejected', reason: new Error('patientRef is not in your caseload') },
    ]);
    await expect(good).resolves.toBe('saved good');
    await expect(bad).rejects.toThrow('patientRef is not in your caseload');
  });

  it('fails every item of a batch whose commit throws, and goes on with the next batch', async () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, OPTIONS);
    const first = [committer.submit('a'), committer.submit('b')];
    jest.advanceTimersByTime(2);
    db.batches[0]?.fail(new Error('connection terminated'));
    for (const p of first) await expect(p).rejects.toThrow('connection terminated');
    const later = committer.submit('c');
    jest.advanceTimersByTime(2);
    db.batches[1]?.answer();
    await expect(later).resolves.toBe('saved c');
  });

  it('fails the items a commit forgot to answer rather than leaving their callers waiting', async () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, OPTIONS);
    const a = committer.submit('a');
    const b = committer.submit('b');
    jest.advanceTimersByTime(2);
    db.batches[0]?.answer([{ status: 'fulfilled', value: 'saved a' }]);
    await expect(a).resolves.toBe('saved a');
    await expect(b).rejects.toThrow('answered 1 of 2 items');
  });

  it('commits at most maxInFlight batches at once; the next keeps gathering past its wait until a slot frees', async () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, { ...OPTIONS, maxItems: 10 });
    void committer.submit('a');
    jest.advanceTimersByTime(2);
    void committer.submit('b');
    jest.advanceTimersByTime(2);
    expect(db.sizes).toEqual([1, 1]);
    for (const item of ['c', 'd', 'e']) void committer.submit(item);
    jest.advanceTimersByTime(50);
    expect(db.sizes).toEqual([1, 1]);
    expect(committer.waiting).toBe(3);
    db.batches[0]?.answer();
    await settle();
    expect(db.batches.map((b) => b.items)).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
    expect(committer.waiting).toBe(0);
  });

  it('keeps full batches in arrival order while both slots are busy', async () => {
    const db = new ManualCommit();
    const committer = new GroupCommitter(db.commit, { ...OPTIONS, maxItems: 2, maxInFlight: 1 });
    for (const item of ['a', 'b', 'c', 'd', 'e']) void committer.submit(item);
    expect(db.batches.map((b) => b.items)).toEqual([['a', 'b']]);
    db.batches[0]?.answer();
    await settle();
    db.batches[1]?.answer();
    await settle();
    jest.advanceTimersByTime(2);
    expect(db.batches.map((b) => b.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('runs a batch outside the first caller’s async context (each item carries what it needs of its request)', () => {
    const request = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const committer = new GroupCommitter<string, string>(async (items) => {
      seen.push(request.getStore());
      return items.map((value) => ({ status: 'fulfilled', value }));
    }, OPTIONS);
    request.run('request-1', () => void committer.submit('a'));
    jest.advanceTimersByTime(2);
    request.run('request-2', () => ['b', 'c', 'd', 'e'].forEach((item) => void committer.submit(item)));
    expect(seen).toEqual([undefined, undefined]);
  });

  it('flush commits what is gathered at once and resolves when every batch has answered', async () => {
    const committer = new GroupCommitter<string, string>(async (items) => items.map((value) => ({ status: 'fulfilled', value })), { ...OPTIONS, waitMs: 60_000 });
    const a = committer.submit('a');
    await committer.flush();
    await expect(a).resolves.toBe('a');
  });

  it('refuses options that could never commit', () => {
    expect(() => new GroupCommitter(new ManualCommit().commit, { ...OPTIONS, maxItems: 0 })).toThrow(/maxItems/);
  });
});
