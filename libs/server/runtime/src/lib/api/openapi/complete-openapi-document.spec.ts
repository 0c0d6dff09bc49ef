import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { ACCESS_EXTENSION } from '@navdesk/server/core';
import { completeOpenApiDocument, ROLES_EXTENSION } from './complete-openapi-document';

const op = (access: unknown, extra: Record<string, unknown> = {}) => ({ [ACCESS_EXTENSION]: access, responses: { '200': { description: 'OK' } }, ...extra });

describe('completing the OpenAPI document', () => {
  const doc = completeOpenApiDocument({
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/api/auth/login': { post: op('public', { requestBody: { content: {} } }) },
      '/api/engagement/events': { post: op('integration', { requestBody: { content: {} } }) },
      '/api/tickets/{id}': { patch: op(['navigator'], { parameters: [{ name: 'id', in: 'path' }], responses: { '200': { description: 'OK' }, '409': { description: 'stale' } } }) },
      '/api/health': { get: op('public') },
    },
  } as unknown as OpenAPIObject);
  const get = (path: string, method: string) => (doc.paths[path] as Record<string, Record<string, unknown>>)[method] as Record<string, unknown> & { responses: Record<string, { content?: unknown }> };

  it('sets security from who may call: none for public routes, the integration key, or a session with its roles', () => {
    expect(get('/api/auth/login', 'post')['security']).toEqual([]);
    expect(get('/api/engagement/events', 'post')['security']).toEqual([{ integrationKey: [] }]);
    expect(get('/api/tickets/{id}', 'patch')['security']).toEqual([{ bearer: [] }]);
    expect(get('/api/tickets/{id}', 'patch')[ROLES_EXTENSION]).toEqual(['navigator']);
    expect(get('/api/tickets/{id}', 'patch')[ACCESS_EXTENSION]).toBeUndefined();
  });

  it('adds the errors each operation can give, all in the ApiError shape, its own ones too', () => {
    expect(Object.keys(get('/api/auth/login', 'post').responses).sort()).toEqual(['200', '400', '413']);
    expect(Object.keys(get('/api/tickets/{id}', 'patch').responses).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    expect(Object.keys(get('/api/health', 'get').responses)).toEqual(['200']);
    expect(get('/api/tickets/{id}', 'patch').responses['409']?.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } });
  });

  it('holds every named contract schema, a nullable reference typed as OpenAPI 3.0.3 asks', () => {
    const Inner = z.strictObject({ a: z.string() }).meta({ id: 'SpecInner' });
    z.strictObject({ inner: Inner.nullable() }).meta({ id: 'SpecOuter' });
    const schemas = completeOpenApiDocument({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {} } as OpenAPIObject).components?.schemas as Record<string, Record<string, Record<string, unknown>>>;
    expect(schemas['ApiError']).toBeDefined();
    expect(schemas['KeysetPage']).toBeDefined();
    expect(schemas['SpecOuter']?.['properties']?.['inner']).toEqual({ nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/SpecInner' }] });
    expect(schemas['SpecOuter']?.['$id']).toBeUndefined();
  });
});
