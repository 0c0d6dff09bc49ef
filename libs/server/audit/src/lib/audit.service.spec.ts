import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { requestContextMiddleware } from '@navdesk/server/core';
import { AuditLogEntity } from './audit-log.entity';
import { AuditService } from './audit.service';

class RecordingManager {
  readonly inserts: { entity: unknown; row: Record<string, unknown> }[] = [];
  async insert(entity: unknown, row: Record<string, unknown>): Promise<void> {
    this.inserts.push({ entity, row });
  }
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
});
