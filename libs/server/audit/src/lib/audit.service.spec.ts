import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { requestContextMiddleware } from '@navdesk/server/core';
import { AuditLogEntity } from './audit-log.entity';
import { AuditService } from './audit.service';

class RecordingManager {
  readonly inserts: { entity: unknown; row: Record<string, unknown> }[] = [];
  readonly queries: { sql: string; params: unknown[] }[] = [];
  async insert(entity: unknown, row: Record<string, unknown>): Promise<void> {
    this.inserts.push({ entity, row });
  }
  async query(sql: string, params: unknown[]): Promise<unknown[]> {
    this.queries.push({ sql, params });
    return [];
  }
  // preparedQuery runs on the transaction's own connection.
  readonly queryRunner = { connect: async () => ({ query: async (c: { text: string; values: unknown[] }) => ({ rows: await this.query(c.text, c.values) }) }) };
}

describe('AuditService', () => {
  it('writes who, what, outcome, IP and request id of the current request', async () => {
    const manager = new RecordingManager();
    const service = new AuditService({ manager } as unknown as DataSource);
    const req = { id: 'req-123', ip: '10.0.0.7' } as unknown as Request;
    await new Promise<void>((resolve, reject) =>
      requestContextMiddleware(req, {} as Response, () => {
        service
          .record({ actor: { type: 'user', id: 'u1', label: 'nav1@navdesk.test' }, action: 'auth.login', outcome: 'success', entityType: 'session', entityId: 's1' })
          .then(resolve, reject);
      }),
    );
    expect(manager.inserts).toEqual([
      {
        entity: AuditLogEntity,
        row: expect.objectContaining({ actorType: 'user', actorId: 'u1', actorLabel: 'nav1@navdesk.test', action: 'auth.login', outcome: 'success', ip: '10.0.0.7', requestId: 'req-123', entityType: 'session', entityId: 's1' }),
      },
    ]);
  });

  it('writes into the caller’s transaction when given its manager', async () => {
    const own = new RecordingManager();
    const tx = new RecordingManager();
    const service = new AuditService({ manager: own } as unknown as DataSource);
    await service.record({ actor: { type: 'system' }, action: 'x', outcome: 'success' }, tx as unknown as EntityManager);
    expect(own.inserts).toHaveLength(0);
    expect(tx.inserts[0]?.row).toMatchObject({ actorType: 'system', ip: null, requestId: null });
  });

  it('writes a batch in one statement, each row with its own request’s IP and request id, not the current one', async () => {
    const tx = new RecordingManager();
    const service = new AuditService({ manager: new RecordingManager() } as unknown as DataSource);
    const req = { id: 'req-current', ip: '10.9.9.9' } as unknown as Request;
    await new Promise<void>((resolve, reject) =>
      requestContextMiddleware(req, {} as Response, () => {
        service
          .recordMany(
            [
              { entry: { actor: { type: 'user', id: 'u1', label: 'pwp01@navdesk.test' }, action: 'ticket.create', outcome: 'success', entityType: 'ticket', entityId: 't1', serviceId: 's1', detail: { risk: true } }, request: { requestId: 'req-1', ip: '10.0.0.1' } },
              { entry: { actor: { type: 'user', id: 'u2' }, action: 'ticket.create', outcome: 'success' }, request: { requestId: 'req-2', ip: null } },
            ],
            tx as unknown as EntityManager,
          )
          .then(resolve, reject);
      }),
    );
    expect(tx.queries).toHaveLength(1);
    expect(tx.queries[0]?.sql).toMatch(/INSERT INTO audit_log/);
    expect(tx.queries[0]?.params).toEqual([
      ['user', 'user'],
      ['u1', 'u2'],
      ['pwp01@navdesk.test', null],
      ['ticket.create', 'ticket.create'],
      ['success', 'success'],
      ['ticket', null],
      ['t1', null],
      ['s1', null],
      ['10.0.0.1', null],
      ['req-1', 'req-2'],
      ['{"risk":true}', null],
    ]);
  });

  it('sends nothing for an empty batch', async () => {
    const tx = new RecordingManager();
    await new AuditService({ manager: tx } as unknown as DataSource).recordMany([], tx as unknown as EntityManager);
    expect(tx.queries).toHaveLength(0);
  });
});
