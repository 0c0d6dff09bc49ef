import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiExtension, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

/** The id a named contract schema carries (`.meta({ id })`): its component's name in the OpenAPI document. */
export function schemaId(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('An answer schema needs .meta({ id }) to be a component of the OpenAPI document');
  return id;
}

export const schemaRef = (schema: z.ZodType): { $ref: string } => ({ $ref: `#/components/schemas/${schemaId(schema)}` });

/** What each error status means across the API (contract: Conventions); an operation may say more. */
export const ERROR_MEANINGS: Record<number, string> = {
  400: 'A field is not valid; `details` names each one',
  401: 'Not signed in, or the session or key is not valid',
  403: 'Signed in, but this role or service may not do this',
  404: 'Nothing of that id in the services the caller may see',
  409: 'The request conflicts with the current state; nothing was saved',
  413: 'The body is over its limit (1 MiB; an engagement batch 10 MiB)',
  429: 'Too many requests; `Retry-After` says when to try again',
  503: 'A service Navdesk depends on is not answering; try again later',
};

/**
 * The 2xx answer of an operation, from its contract schema: `ApiAnswer(200, TicketViewSchema)`, a list as
 * `[Schema]`. The document's component is the schema itself (see the OpenAPI builder), so it cannot drift.
 */
export function ApiAnswer(status: number, schema: z.ZodType | [z.ZodType], description?: string): MethodDecorator & ClassDecorator {
  const body = Array.isArray(schema) ? { type: 'array' as const, items: schemaRef(schema[0]) } : schemaRef(schema);
  return ApiResponse({ status, description: description ?? (status === HttpStatus.CREATED ? 'Created' : 'OK'), schema: body });
}

/** A keyset page of `item`: the contract's one page schema, with its items typed. */
export function ApiPageAnswer(item: z.ZodType, description = 'One keyset page'): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status: HttpStatus.OK,
    description,
    schema: { allOf: [{ $ref: '#/components/schemas/KeysetPage' }, { type: 'object', properties: { items: { type: 'array', items: schemaRef(item) } } }] },
  });
}

/** An answer with no body (204), or a 202 whose body is described elsewhere. */
export const ApiNoContent = (description = 'Done; no body'): MethodDecorator & ClassDecorator => ApiResponse({ status: HttpStatus.NO_CONTENT, description });

/** Error answers particular to an operation (409, 429, 503 …), each in the contract's error shape. */
export function ApiErrors(errors: Partial<Record<number, string>>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...Object.entries(errors).map(([status, description]) =>
      ApiResponse({ status: Number(status), description: description ?? ERROR_MEANINGS[Number(status)] ?? 'Error', schema: { $ref: '#/components/schemas/ApiError' } }),
    ),
  );
}

/** Who may call an operation, read by the OpenAPI builder to set its security (see route-access.decorators). */
export const ACCESS_EXTENSION = 'x-navdesk-access';
export const ApiAccess = (access: 'public' | 'integration' | readonly string[]): MethodDecorator & ClassDecorator => ApiExtension(ACCESS_EXTENSION, access);
