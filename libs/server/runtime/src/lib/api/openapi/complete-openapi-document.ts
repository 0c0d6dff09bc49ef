import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiErrorSchema, KeysetPageSchema } from '@navdesk/contracts/schemas';
import { ACCESS_EXTENSION, ERROR_MEANINGS } from '@navdesk/server/core';

type Json = Record<string, unknown>;
type Operation = Json & { parameters?: Json[]; requestBody?: unknown; responses: Record<string, Json>; security?: unknown[] };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const ERROR_REF = { $ref: '#/components/schemas/ApiError' };
export const ROLES_EXTENSION = 'x-navdesk-roles';

/** Every named contract schema, as answers are sent (`io: output`), keyed by its id. */
function contractSchemas(): Record<string, Json> {
  // Importing them here is what puts the two shared ones in the registry even if no route names them.
  void [ApiErrorSchema, KeysetPageSchema];
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'openapi-3.0', io: 'output', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutIds(schema as Json)]));
}

/**
 * `$id` is JSON Schema's, not OpenAPI 3.0's; and a nullable reference (`{nullable, allOf: [$ref]}`, how zod writes
 * one for 3.0) also names its type, as OpenAPI 3.0.3 asks (every named schema here is an object).
 */
function withoutIds(schema: Json): Json {
  const { $id: _id, ...rest } = schema;
  return typeNullableRefs(rest) as Json;
}

function typeNullableRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(typeNullableRefs);
  if (node === null || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeNullableRefs(v)])) as Json;
  if (out['nullable'] === true && !out['type'] && Array.isArray(out['allOf'])) out['type'] = 'object';
  return out;
}

function errorAnswer(status: number): Json {
  return { description: ERROR_MEANINGS[status] ?? 'Error', content: { 'application/json': { schema: ERROR_REF } } };
}

/**
 * What every operation must say and Nest's generator leaves out, derived from facts it does know: who may
 * call (security, 401/403), whether it takes input (400, 413) or an id (404), and the schemas of answers.
 */
export function completeOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  const components = document.components ?? {};
  const schemas = { ...contractSchemas(), ...(components.schemas ?? {}) } as Record<string, Json>;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation) completeOperation(path, operation);
    }
  }
  return { ...document, components: { ...components, schemas } as OpenAPIObject['components'] };
}

function completeOperation(path: string, operation: Operation): void {
  const access = operation[ACCESS_EXTENSION] as 'public' | 'integration' | string[] | undefined;
  delete operation[ACCESS_EXTENSION];
  const errors = new Set<number>();
  if (access === 'public') operation.security = [];
  else if (access === 'integration') operation.security = [{ integrationKey: [] }];
  else {
    operation.security = [{ bearer: [] }];
    if (access) operation[ROLES_EXTENSION] = access;
  }
  if (access !== 'public') [401, 403].forEach((s) => errors.add(s));
  if (operation.parameters?.some((p) => p['in'] !== 'header') || operation.requestBody) errors.add(400);
  if (operation.requestBody) errors.add(413);
  if (path.includes('{')) errors.add(404);
  for (const status of errors) operation.responses[String(status)] ??= errorAnswer(status);
  // An error an operation names itself (409, 429, 503 …) is in the error shape too, JSON even where the
  // operation's answer is a file (`@ApiProduces` gives every answer the file's type). A 5xx may name its own
  // JSON body (health's 503 is the health view).
  for (const [status, answer] of Object.entries(operation.responses)) {
    const json = (answer['content'] as Record<string, unknown> | undefined)?.['application/json'];
    if (Number(status) >= 500 ? !json : Number(status) >= 400) answer['content'] = { 'application/json': { schema: ERROR_REF } };
  }
}
