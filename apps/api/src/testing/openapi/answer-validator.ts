import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export interface OpenApiDoc {
  servers?: { url: string }[];
  paths: Record<string, Record<string, OpenApiOp>>;
  components: { schemas: Record<string, unknown> };
}

export interface OpenApiOp {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** `POST /api/tickets/{id}/comments`: an operation's key, as the document writes its path. */
export const operationKey = (method: string, path: string): string => `${method.toUpperCase()} ${path}`;

export function operationsOf(doc: OpenApiDoc): { key: string; method: string; path: string; op: OpenApiOp }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ key: operationKey(method, path), method, path, op: item[method] as OpenApiOp })),
  );
}

/** The 2xx answers an operation documents, by status, with their JSON schema (none for a 204). */
export function successAnswers(op: OpenApiOp): Map<number, unknown> {
  const answers = new Map<number, unknown>();
  for (const [status, answer] of Object.entries(op.responses)) {
    if (status.startsWith('2')) answers.set(Number(status), answer.content?.['application/json']?.schema);
  }
  return answers;
}

/**
 * Validates answers against the document's own schemas (OpenAPI 3.0: `nullable`, `#/components/schemas/…`),
 * as a client generated from it would read them.
 */
export class AnswerValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDoc) {
    this.ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ components: rebase(doc.components) }, 'doc');
  }

  /** Null when the answer fits its schema, else what does not fit (path and rule), for the failure message. */
  problems(schema: unknown, body: unknown): string | null {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile({ $id: `answer${this.compiled.size}`, ...rebase(schema) as object });
      this.compiled.set(key, validate);
    }
    if (validate(body)) return null;
    return (validate.errors ?? []).map((e) => `answer${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
  }
}

/**
 * OpenAPI 3.0 to the JSON Schema ajv reads: `#/components/…` points at the document added as `doc`, and
 * `nullable: true` is "this, or null" (as OpenAPI 3.0.3 defines it, for enums and `allOf` too).
 */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `doc${v}` : rebase(v)]));
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}
