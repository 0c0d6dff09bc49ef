import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';
import { startProgrammeStub } from '../testing/fuzz/programme-stub';
import { AnswerValidator, operationsOf, successAnswers, type OpenApiDoc } from '../testing/openapi/answer-validator';
import type { CallContext, ConformanceCall } from '../testing/openapi/conformance-calls';
import { ENGAGEMENT_FEED_CALLS } from '../testing/openapi/engagement-feed.calls';
import { IDENTITY_CALLS } from '../testing/openapi/identity.calls';
import { NOTIFICATION_CALLS } from '../testing/openapi/notifications.calls';
import { OPERATIONS_CALLS } from '../testing/openapi/operations.calls';
import { PATIENT_CALLS } from '../testing/openapi/patients.calls';
import { REPORT_CALLS } from '../testing/openapi/reports.calls';
import { RESET_CALLS } from '../testing/openapi/resets.calls';
import { SUPPORT_CALLS } from '../testing/openapi/support.calls';
import { TAILORING_CALLS } from '../testing/openapi/tailoring.calls';
import { TICKET_CALLS } from '../testing/openapi/tickets.calls';
import { TRAINING_CALLS } from '../testing/openapi/training.calls';

/** One call of every operation that has a 2xx answer, by a role that may make it (see ../testing/openapi/*.calls.ts). */
const CALLS: ConformanceCall[] = [...TICKET_CALLS, ...ENGAGEMENT_FEED_CALLS, ...PATIENT_CALLS, ...REPORT_CALLS, ...SUPPORT_CALLS, ...OPERATIONS_CALLS, ...TRAINING_CALLS, ...RESET_CALLS, ...IDENTITY_CALLS, ...NOTIFICATION_CALLS, ...TAILORING_CALLS];

/**
 * The API answers what it documents: every operation of /api/docs-json is described (summary, security, a 2xx
 * schema, its errors in the contract's shape), and each described answer, called on the demo data, fits its
 * schema exactly (answer objects are closed: a field added in code and not in the contract fails here).
 */
describe('the OpenAPI document, and the API answering what it documents', () => {
  let t: ApiTestApp;
  let doc: OpenApiDoc;
  let programme: { url: string; close(): Promise<void> } | undefined;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    programme = await startProgrammeStub(); // the digital programme answers (GET /api/patients/{ref}/programme-account)
    t = await startApiTestApp({ label: 'openapi', seedDemo: true, env: { PROGRAMME_API_URL: programme.url } });
    doc = (await t.call('GET', '/api/docs-json')).body as OpenApiDoc;
  });
  afterAll(async () => {
    await t?.close();
    await programme?.close();
  });

  const context: CallContext = {
    get t() {
      return t;
    },
    async token(email) {
      if (!tokens.has(email)) tokens.set(email, (await t.signIn(email)).accessToken);
      return tokens.get(email) as string;
    },
    async one(sql, params) {
      const rows = (await t.db.query(sql, params)) as Record<string, string>[];
      const value = rows[0] && Object.values(rows[0])[0];
      if (!value) throw new Error(`The demo data has no row for: ${sql}`);
      return value;
    },
  };

  it('names a server, and gives every operation an id, its security and its 4xx errors in the contract’s shape', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const { key, op } of operationsOf(doc)) {
      expect({ key, operationId: typeof op.operationId, security: Array.isArray(op.security) }).toEqual({ key, operationId: 'string', security: true });
      expect(ids.has(op.operationId as string)).toBe(false);
      ids.add(op.operationId as string);
      for (const [status, answer] of Object.entries(op.responses)) {
        if (Number(status) >= 400 && Number(status) < 500) expect({ key, status, schema: answer.content?.['application/json']?.schema }).toEqual({ key, status, schema: { $ref: '#/components/schemas/ApiError' } });
      }
    }
  });

  it('describes every operation: a summary, and its success answer (JSON, a file, no content, or a sign-in redirect)', () => {
    const documented = (status: string, answer: { content?: unknown }): boolean => (status.startsWith('2') && (Boolean(answer.content) || status === '202' || status === '204')) || status === '302';
    const undescribed = operationsOf(doc)
      .filter(({ op }) => !op.summary || !Object.entries(op.responses).some(([status, answer]) => documented(status, answer)))
      .map(({ key }) => key);
    expect(undescribed).toEqual([]);
  });

  it('calls every described operation with a 2xx answer, and each answer fits its schema exactly', async () => {
    const validator = new AnswerValidator(doc);
    const described = operationsOf(doc).filter(({ op }) => [...successAnswers(op).values()].some(Boolean));
    const called = new Set(CALLS.map((c) => c.operation));
    expect(described.map(({ key }) => key).filter((key) => !called.has(key))).toEqual([]);

    const failures: string[] = [];
    for (const call of CALLS) {
      const op = described.find(({ key }) => key === call.operation);
      if (!op) throw new Error(`${call.operation} is called but not described in the document`);
      const path = await call.path(context);
      const res = await t.call(call.operation.split(' ')[0] as string, path, { token: call.token ? await call.token(context) : await context.token(call.as), body: await call.body?.(context) });
      const schema = successAnswers(op.op).get(res.status);
      if (res.status !== call.status) failures.push(`${call.operation} as ${call.as}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      else if (schema) {
        const problems = validator.problems(schema, res.body);
        if (problems) failures.push(`${call.operation}: the answer does not fit its schema:\n${problems}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
