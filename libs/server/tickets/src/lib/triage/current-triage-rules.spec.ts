import type { EntityManager } from 'typeorm';
import { DEFAULT_TRIAGE_RULES } from '../rules';
import { CurrentTriageRules } from './current-triage-rules';

/** A manager over an in-memory table of versions: the newest version's number, and a row by version. */
function fakeManager(versions: Map<number, unknown[]>) {
  const loads: number[] = [];
  const manager = {
    query: async () =>
      versions.size ? [{ version: Math.max(...versions.keys()) }] : [],
    findOneByOrFail: async (_entity: unknown, where: { version: number }) => {
      loads.push(where.version);
      return { version: where.version, rules: versions.get(where.version) };
    },
  };
  return { manager: manager as unknown as EntityManager, loads };
}

describe('CurrentTriageRules', () => {
  const v1 = DEFAULT_TRIAGE_RULES.map((r) => ({
    id: r.id,
    category: r.category,
    theme: r.theme,
    patterns: [...r.patterns],
  }));
  const v2 = [
    { id: 'rota', category: 'other', theme: 'time', patterns: ['rota'] },
  ];

  it('loads the newest version once, and again only after another process saved a new one', async () => {
    const versions = new Map<number, unknown[]>([[1, v1]]);
    const { manager, loads } = fakeManager(versions);
    const current = new CurrentTriageRules();
    expect((await current.get(manager)).version).toBe(1);
    expect((await current.get(manager)).rules.map((r) => r.id)).toEqual(
      DEFAULT_TRIAGE_RULES.map((r) => r.id),
    );
    expect(loads).toEqual([1]);

    versions.set(2, v2);
    const after = await current.get(manager);
    expect(after).toMatchObject({
      version: 2,
      rules: [{ id: 'rota', category: 'other', theme: 'time' }],
    });
    expect(loads).toEqual([1, 2]);
  });

  it('refuses to triage on a database without rules', async () => {
    await expect(
      new CurrentTriageRules().get(fakeManager(new Map()).manager),
    ).rejects.toThrow(/run the migrations/);
  });
});
