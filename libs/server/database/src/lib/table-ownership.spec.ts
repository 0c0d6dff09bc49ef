import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each domain (a `type:feature` lib) owns its tables: another domain reads them through a port the
 * owner declares in core/ports, never in its own SQL. Tables of data-access and util libs (users,
 * services, patients, outbox, …) are the shared kernel every domain may import, so may read.
 */
const ROOT = join(__dirname, '../../../../..');
const SERVER_LIBS = join(ROOT, 'libs/server');
const MIGRATIONS = join(SERVER_LIBS, 'database/src/migrations');

/** Tables created by migrations that no entity maps (raw-SQL storage), with the lib that owns them. */
const TABLES_WITHOUT_ENTITIES: Record<string, string> = {
  engagement_events: 'engagement',
  engagement_events_default: 'engagement',
  engagement_event_keys: 'engagement',
};

/**
 * Libs whose SQL may still name other domains' tables (issue 15, part 1):
 * - reports: becomes a read model over the domains' ports and views in a later step of issue 15;
 * - demo: seeds every domain's tables for the demo data set;
 * - database: the migrations create every table;
 * - runtime: the composition (operations checks) sees the whole house.
 */
const ALLOWED_LIBS = new Set(['reports', 'demo', 'database', 'runtime']);

/** Single reads still to move behind a port (issue 15, part 1): file → the other domain's table it names. */
const ALLOWED_FILES: Record<string, string> = {
  // TODO(issue 15): an engagement port that marks a patient for re-evaluation (tailoring writes engagement's dirty list).
  'libs/server/tailoring/src/lib/requests/tailoring-requests.service.ts': 'engagement_dirty_patients',
  // TODO(issue 15): an engagement read port (first log-in after a time, by patient) for reset completion.
  'libs/server/resets/src/lib/tracking/reset-completion.service.ts': 'engagement_events',
};

const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_][a-z0-9_]*)"?/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function libs(): string[] {
  return readdirSync(SERVER_LIBS).filter((name) => statSync(join(SERVER_LIBS, name, 'project.json'), { throwIfNoEntry: false })?.isFile());
}

function isDomain(lib: string): boolean {
  const project: { tags?: string[] } = JSON.parse(readFileSync(join(SERVER_LIBS, lib, 'project.json'), 'utf8'));
  return (project.tags ?? []).includes('type:feature');
}

/** Table → owning lib, from the entities (and join tables) each lib declares. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>(Object.entries(TABLES_WITHOUT_ENTITIES));
  for (const lib of libs()) {
    for (const file of sourceFiles(join(SERVER_LIBS, lib, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/@(?:Entity|JoinTable)\(\{\s*name:\s*'([a-z0-9_]+)'/g)) owners.set(m[1], lib);
    }
  }
  return owners;
}

function migrationTables(): string[] {
  const text = readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => readFileSync(join(MIGRATIONS, name), 'utf8'))
    .join('\n');
  return [...new Set([...text.matchAll(/CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?"?([a-z0-9_]+)"?/g)].map((m) => m[1]))];
}

interface CrossDomainRead {
  at: string;
  table: string;
  owner: string;
}

function crossDomainReads(owners: Map<string, string>, scanned: (lib: string) => boolean): CrossDomainRead[] {
  const found: CrossDomainRead[] = [];
  for (const lib of libs().filter(scanned)) {
    for (const file of sourceFiles(join(SERVER_LIBS, lib, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(SQL_TABLE)) {
        const owner = owners.get(m[1]);
        if (!owner || owner === lib || !isDomain(owner)) continue;
        const line = text.slice(0, m.index).split('\n').length;
        found.push({ at: `${relative(ROOT, file)}:${line}`, table: m[1], owner });
      }
    }
  }
  return found;
}

describe('table ownership', () => {
  const owners = tableOwners();

  it('knows the owner of every table the migrations create', () => {
    expect(migrationTables().filter((t) => !owners.has(t))).toEqual([]);
  });

  it("keeps each domain's SQL to its own tables and the shared kernel's", () => {
    const all = crossDomainReads(owners, () => true);
    const inDomains = all.filter((r) => !ALLOWED_LIBS.has(r.at.split('/')[2]));
    const outside = inDomains.filter((r) => ALLOWED_FILES[r.at.split(':')[0]] !== r.table);
    // The measure issue 15 asks for: cross-domain SQL references, in all libs and in the domains.
    console.info(`cross-domain SQL references: ${all.length} in all libs; ${inDomains.length} in domain libs, ${outside.length} not allowlisted`);
    expect(outside.map((r) => `${r.at} → ${r.table} → ${r.owner}`)).toEqual([]);
  });

  it('allowlists only files that still name the table (a fixed one leaves the list)', () => {
    const seen = new Set(crossDomainReads(owners, (lib) => !ALLOWED_LIBS.has(lib)).map((r) => `${r.at.split(':')[0]} ${r.table}`));
    expect(Object.entries(ALLOWED_FILES).filter(([file, table]) => !seen.has(`${file} ${table}`))).toEqual([]);
  });
});
