import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each domain (a `type:feature` lib) owns its tables: another domain reads them through a port the
 * owner declares in core/ports, never in its own SQL. Tables of data-access and util libs (users,
 * services, patients, outbox, …) are the shared kernel every domain may import, so may read.
 * A read model (a lib tagged `role:read-model`: reports) reads the domains through the SQL views they
 * publish (`*_REPORT_VIEWS` in the owner's `reads/report-views.ts`, created by a migration) and
 * nothing else of theirs; no other domain reads those views.
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

/** Composition libs, whose SQL may name every domain's tables (each is tagged `type:composition`). */
const ALLOWED_LIBS: Record<string, string> = {
  demo: "seeds every domain's tables for the demo data set",
  database: 'its migrations create and change every table, and define the views the domains publish',
  runtime: 'the composition root (api, worker, operations pages), which wires every domain together',
};

const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_][a-z0-9_]*)"?/g;
const SQL_VIEW = /CREATE (?:OR REPLACE )?VIEW (?:IF NOT EXISTS )?"?([a-z0-9_]+)"?\s+AS\s+([^`]*)/g;
const VIEW_DECLARATION = /_REPORT_VIEWS\s*=\s*\[([^\]]*)\]/g;

/** Test code (unit and integration specs, test harnesses) may set up and check any table: not scanned. */
const isTestCode = (name: string) => /(?:\.spec|-spec|\.d)\.ts$/.test(name);
const TEST_FOLDERS = new Set(['testing', 'integration']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return TEST_FOLDERS.has(name) ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !isTestCode(name) ? [path] : [];
  });
}

function libs(): string[] {
  return readdirSync(SERVER_LIBS).filter((name) => statSync(join(SERVER_LIBS, name, 'project.json'), { throwIfNoEntry: false })?.isFile());
}

function tags(lib: string): string[] {
  const project: { tags?: string[] } = JSON.parse(readFileSync(join(SERVER_LIBS, lib, 'project.json'), 'utf8'));
  return project.tags ?? [];
}

const isDomain = (lib: string) => tags(lib).includes('type:feature');
const isReadModel = (lib: string) => tags(lib).includes('role:read-model');

function libSources(): { lib: string; file: string; text: string }[] {
  return libs().flatMap((lib) => sourceFiles(join(SERVER_LIBS, lib, 'src')).map((file) => ({ lib, file, text: readFileSync(file, 'utf8') })));
}

/** Table → owning lib, from the entities (and join tables) each lib declares. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>(Object.entries(TABLES_WITHOUT_ENTITIES));
  for (const { lib, text } of libSources()) {
    for (const m of text.matchAll(/@(?:Entity|JoinTable)\(\{\s*name:\s*'([a-z0-9_]+)'/g)) owners.set(m[1], lib);
  }
  return owners;
}

/** View → the lib that publishes it, from each lib's `*_REPORT_VIEWS` list. */
function viewOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { lib, text } of libSources()) {
    for (const list of text.matchAll(VIEW_DECLARATION)) for (const m of list[1].matchAll(/'([a-z0-9_]+)'/g)) owners.set(m[1], lib);
  }
  return owners;
}

function migrationText(): string {
  return readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.ts') && !isTestCode(name))
    .map((name) => readFileSync(join(MIGRATIONS, name), 'utf8'))
    .join('\n');
}

function migrationTables(): string[] {
  return [...new Set([...migrationText().matchAll(/CREATE (?:UNLOGGED )?TABLE (?:IF NOT EXISTS )?"?([a-z0-9_]+)"?/g)].map((m) => m[1]))];
}

/** View → the SQL that defines it. */
function migrationViews(): Map<string, string> {
  return new Map([...migrationText().matchAll(SQL_VIEW)].map((m) => [m[1], m[2]]));
}

interface Reference {
  at: string;
  name: string;
  owner: string;
  kind: 'table' | 'view';
}

/** What one file's SQL names that belongs to another domain: its tables, or the views it publishes. */
function foreignReferences(lib: string, at: string, text: string, tables: Map<string, string>, views: Map<string, string>): Reference[] {
  return [...text.matchAll(SQL_TABLE)].flatMap((m): Reference[] => {
    const line = text.slice(0, m.index).split('\n').length;
    const view = views.get(m[1]);
    if (view) return view === lib ? [] : [{ at: `${at}:${line}`, name: m[1], owner: view, kind: 'view' }];
    const owner = tables.get(m[1]);
    return owner && owner !== lib && isDomain(owner) ? [{ at: `${at}:${line}`, name: m[1], owner, kind: 'table' }] : [];
  });
}

/** A view's definition is its owner's publication (checked on its own above), not a cross-domain read: blanked, lines kept. */
const withoutViewDefinitions = (text: string) => text.replace(SQL_VIEW, (definition) => definition.replace(/[^\n]/g, ' '));

function allForeignReferences(tables: Map<string, string>, views: Map<string, string>): (Reference & { lib: string })[] {
  return libSources().flatMap(({ lib, file, text }) => foreignReferences(lib, relative(ROOT, file), withoutViewDefinitions(text), tables, views).map((r) => ({ ...r, lib })));
}

/** A reference the rules refuse: another domain's table outside a composition lib, or a published view outside a read model. */
const refused = (r: Reference & { lib: string }) => !(r.lib in ALLOWED_LIBS) && (r.kind === 'table' || !isReadModel(r.lib));

const show = (r: Reference) => `${r.at} → ${r.name} → ${r.owner}`;

describe('table ownership', () => {
  const tables = tableOwners();
  const views = viewOwners();

  it('knows the owner of every table the migrations create', () => {
    expect(migrationTables().filter((t) => !tables.has(t))).toEqual([]);
  });

  it('knows the domain that publishes every view the migrations create, and each declared view exists', () => {
    const created = migrationViews();
    expect([...created.keys()].filter((v) => !views.has(v))).toEqual([]);
    expect([...views.keys()].filter((v) => !created.has(v))).toEqual([]);
    expect([...views.values()].filter((lib) => !isDomain(lib))).toEqual([]);
  });

  it("keeps each published view to its owner's tables and the shared kernel's", () => {
    const foreign = [...migrationViews()].flatMap(([view, sql]) => foreignReferences(views.get(view) ?? '', view, sql, tables, new Map()));
    expect(foreign.map(show)).toEqual([]);
  });

  it("keeps each domain's SQL to its own tables and the shared kernel's, and the read model to the published views", () => {
    const all = allForeignReferences(tables, views);
    const crossTables = all.filter((r) => r.kind === 'table');
    const byLib = [...new Set(crossTables.map((r) => r.lib))].map((lib) => `${lib} ${crossTables.filter((r) => r.lib === lib).length}`);
    // The measure issue 15 asks for: cross-domain SQL references (to tables), in all libs and in the domains.
    console.info(
      `cross-domain SQL references: ${crossTables.length} in all libs (${byLib.join(', ') || 'none'}); ${crossTables.filter((r) => isDomain(r.lib)).length} in domain libs; ` +
        `${all.filter((r) => r.kind === 'view').length} reads of published views`,
    );
    expect(all.filter(refused).map(show)).toEqual([]);
  });

  it("sees a domain naming another domain's table or a view published for the read model (the rule can fail)", () => {
    const fixture = 'SELECT t.id FROM tickets t JOIN tickets_for_reports v USING (id); INSERT INTO engagement_dirty_patients (patient_id) VALUES ($1)';
    const found = foreignReferences('training', 'fixture.ts', fixture, tables, views).map((r) => ({ ...r, lib: 'training' }));
    expect(found.filter(refused).map((r) => `${r.name} ${r.kind}`)).toEqual(['tickets table', 'tickets_for_reports view', 'engagement_dirty_patients table']);
    const readModel = libs().find(isReadModel) ?? '';
    expect(foreignReferences(readModel, 'fixture.ts', fixture, tables, views).map((r) => ({ ...r, lib: readModel })).filter(refused).map((r) => r.name)).toEqual(['tickets', 'engagement_dirty_patients']);
  });

  it('allowlists composition libs only, never a domain', () => {
    expect(Object.keys(ALLOWED_LIBS).filter((lib) => !tags(lib).includes('type:composition'))).toEqual([]);
  });
});
