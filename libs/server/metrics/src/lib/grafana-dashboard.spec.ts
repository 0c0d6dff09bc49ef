import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const dashboard = JSON.parse(readFileSync(join(ROOT, 'ops/grafana/dashboards/navdesk.json'), 'utf8')) as unknown;
const datasources = readFileSync(join(ROOT, 'ops/grafana/provisioning/datasources/prometheus.yml'), 'utf8');

/** Every value under a key named `key`, anywhere in the dashboard. */
function valuesOf(node: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(node)) for (const item of node) valuesOf(item, key, found);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === key) found.push(v);
      else valuesOf(v, key, found);
    }
  return found;
}

/** The metric names this lib defines (`name: 'navdesk_…'` in its sources) and Node's default ones. */
function definedMetrics(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/name: '(navdesk_[a-z0-9_]+)'/g)) names.add(m[1] as string);
    }
  };
  walk(__dirname);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const metric of registry.getMetricsAsArray()) names.add(metric.name);
  return names;
}

describe('the Grafana dashboard in ops/', () => {
  it('queries only metrics the api and the worker expose', () => {
    const defined = definedMetrics();
    const queried = new Set(
      valuesOf(dashboard, 'expr')
        .join(' ')
        .match(/\b(?:navdesk|process|nodejs)_[a-z0-9_]+/g)
        ?.map((name) => name.replace(/_(bucket|sum|count)$/, '')),
    );
    expect(queried.size).toBeGreaterThan(10);
    expect([...queried].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('reads from the provisioned Prometheus data source', () => {
    const uid = /uid:\s*(\S+)/.exec(datasources)?.[1];
    const used = new Set(valuesOf(dashboard, 'datasource').filter((d): d is { uid: string } => !!d && typeof d === 'object' && 'uid' in d).map((d) => d.uid));
    expect(uid).toBe('navdesk-prometheus');
    expect([...used]).toEqual([uid]);
  });
});
