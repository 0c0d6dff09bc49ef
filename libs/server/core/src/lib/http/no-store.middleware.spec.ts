import type { NextFunction, Request, Response } from 'express';
import { noStoreMiddleware } from './no-store.middleware';

function run(originalUrl: string): string | undefined {
  const headers = new Map<string, string>();
  const res = { setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value) } as unknown as Response;
  const next: NextFunction = jest.fn();
  noStoreMiddleware({ originalUrl } as Request, res, next);
  expect(next).toHaveBeenCalledTimes(1);
  return headers.get('cache-control');
}

describe('noStoreMiddleware', () => {
  it.each(['/api/patients', '/api/patients/P-7QK2M9/brief', '/api/tickets?limit=5', '/api/events/stream', '/api/health', '/api/docsx'])('marks %s no-store', (url) => {
    expect(run(url)).toBe('no-store');
  });

  it.each(['/api/docs', '/api/docs/swagger-ui.css', '/api/docs-json'])('leaves the public API documentation %s cacheable', (url) => {
    expect(run(url)).toBeUndefined();
  });
});
