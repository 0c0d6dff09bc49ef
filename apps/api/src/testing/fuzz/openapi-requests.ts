import fc from 'fast-check';
import { forgedCursor, hostileJson, hostileString } from './hostile-values';

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: OpenApiSchema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema?: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

/** Real values of the seeded data, so hostile requests also reach the code behind the 404s. */
export interface FuzzPools {
  ids: string[];
  refs: string[];
  /** Real `nextCursor`s of this operation's list, to forge from. */
  cursors: string[];
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const dates = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-02-30T10:00:00Z', '2025-02-29', '0000-01-01', '9999-12-31T23:59:59Z', '2026-01-01T24:00:00Z'),
);

function resolve(doc: OpenApiDocument, schema: OpenApiSchema | undefined): OpenApiSchema {
  if (!schema?.$ref) return schema ?? {};
  const name = schema.$ref.split('/').pop() ?? '';
  return doc.components?.schemas?.[name] ?? {};
}

function idNear(pools: FuzzPools): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: pools.ids.length ? fc.constantFrom(...pools.ids) : fc.uuid() }, { weight: 1, arbitrary: fc.uuid() });
}

function refNear(pools: FuzzPools): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: pools.refs.length ? fc.constantFrom(...pools.refs) : fc.constant('P-7QK2M9') }, { weight: 1, arbitrary: fc.stringMatching(/^P-[A-Z0-9]{6}$/) });
}

/** Path parameters: a real or well-formed id or ref, or a hostile string. */
function pathValue(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  return fc.oneof({ weight: 2, arbitrary: name === 'ref' ? refNear(pools) : idNear(pools) }, { weight: 1, arbitrary: hostileString });
}

/** A value of the schema's kind, close to what it asks for, so validation passes and the code behind it runs. */
export function nearValueFor(doc: OpenApiDocument, raw: OpenApiSchema | undefined, name: string, pools: FuzzPools, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.format === 'uuid' || /(^id$|Id$)/.test(name)) return idNear(pools);
  if (/ref$/i.test(name)) return refNear(pools);
  if (/(At$|^from$|^to$|date)/i.test(name) || schema.format === 'date-time') return dates;
  if (schema.type === 'integer' || schema.type === 'number') return fc.integer({ min: schema.minimum ?? -3, max: Math.min(schema.maximum ?? 60, 1000) });
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'array') return depth > 3 ? fc.constant([]) : fc.array(nearValueFor(doc, schema.items, name.replace(/s$/, ''), pools, depth + 1), { minLength: 1, maxLength: 3 });
  if (schema.properties && depth <= 3) return objectFor(doc, schema, pools, depth + 1);
  return fc.string({ maxLength: 30 });
}

/** Near the schema, or hostile: for query values, where each stands alone. */
export function valueFor(doc: OpenApiDocument, raw: OpenApiSchema | undefined, name: string, pools: FuzzPools): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: nearValueFor(doc, raw, name, pools) }, { weight: 1, arbitrary: hostileJson });
}

function objectFor(doc: OpenApiDocument, schema: OpenApiSchema, pools: FuzzPools, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(schema.properties ?? {});
  const model = Object.fromEntries(props.map(([key, s]) => [key, nearValueFor(doc, s, key, pools, depth)]));
  const required = (schema.required ?? []).filter((k) => k in model);
  return fc.record(model, { requiredKeys: required });
}

/** The same value with its n-th leaf (in depth-first order, wrapping round) replaced. */
function replaceLeaf(value: unknown, n: number, by: unknown): unknown {
  let seen = 0;
  const leaves = (v: unknown): number => (typeof v === 'object' && v !== null ? Object.values(v).reduce<number>((sum, x) => sum + leaves(x), 0) : 1);
  const target = n % Math.max(1, leaves(value));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v).map(([k, x]) => [k, walk(x)] as const);
      return Array.isArray(v) ? entries.map(([, x]) => x) : Object.fromEntries(entries);
    }
    return seen++ === target ? by : v;
  };
  return walk(value);
}

/** A near body with, mostly, exactly one value made hostile: deep enough to pass every other check. */
function mutatedBody(doc: OpenApiDocument, schema: OpenApiSchema, pools: FuzzPools): fc.Arbitrary<unknown> {
  return fc.tuple(nearValueFor(doc, schema, 'body', pools), fc.nat(), hostileJson, fc.nat({ max: 2 })).map(([near, leaf, hostile, keep]) => (keep === 0 ? near : replaceLeaf(near, leaf, hostile)));
}

/** A body: mostly the schema's shape with one hostile value, sometimes the wrong shape, an extra key, or broken JSON. */
function bodyFor(doc: OpenApiDocument, op: OpenApiOperation, pools: FuzzPools): fc.Arbitrary<string | undefined> {
  const schema = resolve(doc, op.requestBody?.content['application/json']?.schema);
  if (!op.requestBody) return fc.option(hostileJson.map((v) => JSON.stringify(v)), { freq: 4, nil: undefined });
  const shaped = mutatedBody(doc, schema, pools);
  return fc.oneof(
    { weight: 6, arbitrary: shaped.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: shaped.map((v) => JSON.stringify(typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, unexpected: 'x' } : v)) },
    { weight: 1, arbitrary: hostileJson.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,,2]', 'null', '"\\ud800"', '{"__proto__":{"x":1}}') },
  );
}

type QueryValue = string | string[];

/** encodeURIComponent refuses lone surrogates; a client would send U+FFFD in their place. */
const encode = (v: string): string => encodeURIComponent(v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

function queryValueFor(doc: OpenApiDocument, p: OpenApiParameter, pools: FuzzPools): fc.Arbitrary<QueryValue> {
  const single: fc.Arbitrary<string> =
    p.name === 'cursor' && pools.cursors.length
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pools.cursors).chain(forgedCursor) }, { weight: 1, arbitrary: hostileString })
      : valueFor(doc, p.schema, p.name, pools).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? ''));
  return fc.oneof({ weight: 6, arbitrary: single }, { weight: 1, arbitrary: fc.array(single, { minLength: 2, maxLength: 3 }) });
}

function serializeQuery(entries: [string, QueryValue][]): string {
  const parts = entries.flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${encode(key)}=${encode(v)}`));
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Hostile requests for one operation of the OpenAPI document. */
export function requestsFor(doc: OpenApiDocument, path: string, method: string, op: OpenApiOperation, pools: FuzzPools): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const headerParams = params.filter((p) => p.in === 'header');
  const pathArb = fc.tuple(
    ...pathParams.map((p) =>
      fc.oneof(
        { weight: 8, arbitrary: pathValue(p.name, pools).map(encode) },
        { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%00', '..', '%2F') },
      ),
    ),
  );
  const queryArb = fc.tuple(...queryParams.map((p) => fc.option(queryValueFor(doc, p, pools).map((v): [string, QueryValue] => [p.name, v]), { freq: 2, nil: undefined })));
  const extraQuery = fc.option(fc.constantFrom<[string, QueryValue]>(['unexpected', '1'], ['limit[$gt]', '1'], ['__proto__[x]', '1'], ['cursor', '']), { freq: 5, nil: undefined });
  const headerArb = fc.tuple(...headerParams.map((p) => fc.option(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 }).map((v): [string, string] => [p.name, v]), { nil: undefined })));
  return fc.record({ pathValues: pathArb, query: queryArb, extra: extraQuery, headers: headerArb, body: bodyFor(doc, op, pools) }).map(({ pathValues, query, extra, headers, body }) => {
    let url = path;
    pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, pathValues[i] ?? '')));
    const entries = [...query, extra].filter((e): e is [string, QueryValue] => e !== undefined);
    const headerEntries = headers.filter((h): h is [string, string] => h !== undefined);
    const verb = method.toUpperCase();
    // fetch cannot send a body with GET (nor would a client); DELETE may carry one.
    return { method: verb, path: url + serializeQuery(entries), headers: Object.fromEntries(headerEntries), body: verb === 'GET' ? undefined : body };
  });
}
