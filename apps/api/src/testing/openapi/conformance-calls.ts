import type { ApiTestApp } from '@navdesk/server/runtime/testing';

/** What a call needs: the running app, signed-in tokens by demo e-mail, and ids found in the demo data. */
export interface CallContext {
  t: ApiTestApp;
  token(email: string): Promise<string>;
  /** One id (as text) from a query on the demo data; fails the test when the demo has none. */
  one(sql: string, params?: unknown[]): Promise<string>;
}

/** One call of an operation with a 2xx answer, by a role that may make it, on the demo data. */
export interface ConformanceCall {
  /** The operation, as `METHOD /path/{param}` in the document. */
  operation: string;
  as: string;
  /** A credential other than `as`'s session (an integration key, say); `as` then only names the caller in failures. */
  token?(c: CallContext): Promise<string>;
  path(c: CallContext): Promise<string> | string;
  body?(c: CallContext): Promise<unknown> | unknown;
  /** The status this call gets (the documented 2xx it checks). */
  status: number;
}
