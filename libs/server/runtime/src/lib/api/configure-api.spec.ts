import type { NextFunction, Request, Response } from 'express';
import { answeringParseErrors } from './configure-api';

class RecordingResponse {
  statusCode = 0;
  body: unknown;
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  json(body: unknown): this {
    this.body = body;
    return this;
  }
}

const failingParser = (error: unknown) => (_req: Request, _res: Response, next: NextFunction) => next(error);

describe('body-parser errors', () => {
  it('answers an oversized body with 413 in the contract’s shape', () => {
    const res = new RecordingResponse();
    answeringParseErrors(failingParser({ status: 413, type: 'entity.too.large', message: 'too large' }))({} as Request, res as unknown as Response, () => undefined);
    expect(res.statusCode).toBe(413);
    expect(res.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' });
  });

  it('passes the request on when the body parsed', () => {
    let passed = false;
    answeringParseErrors(failingParser(undefined))({} as Request, new RecordingResponse() as unknown as Response, () => (passed = true));
    expect(passed).toBe(true);
  });
});
