import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentRequestContext, preparedQuery, type RequestContext, type WriteBeside } from '@navdesk/server/core';
import { AuditLogEntity, type ActorType, type AuditOutcome } from './audit-log.entity';

export interface AuditActor {
  type: ActorType;
  id?: string | null;
  label?: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  outcome: AuditOutcome;
  entityType?: string;
  entityId?: string;
  serviceId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

/** An entry of a batch, with the request it belongs to (captured when that request was handled). */
export interface AuditEntryOfRequest {
  entry: AuditEntry;
  request: RequestContext;
}

/** All the rows of a batch in one statement. */
const RECORD_MANY_SQL = `
INSERT INTO audit_log (actor_type, actor_id, actor_label, action, outcome, entity_type, entity_id, service_id, ip, request_id, detail)
SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::inet[], $10::text[], $11::jsonb[])`;

/** Writes audit rows; IP and request id come from the current request (or, in a batch, each entry's own). */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the business transaction's manager when the row must commit (or roll back) with it. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const ctx = currentRequestContext();
    await manager.insert(AuditLogEntity, {
      actorType: entry.actor.type,
      actorId: entry.actor.id ?? null,
      actorLabel: entry.actor.label?.slice(0, 320) ?? null,
      action: entry.action,
      outcome: entry.outcome,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      serviceId: entry.serviceId ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: entry.detail ?? null,
    });
  }

  /**
   * Many rows in one statement, each with its own request's IP and request id: a batch is written
   * outside the requests it serves, so `currentRequestContext()` would name none of them (or the wrong one).
   */
  async recordMany(entries: readonly AuditEntryOfRequest[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    const write = this.recordManyWrite(entries);
    await preparedQuery(manager, write.sql, write.params);
  }

  /** `recordMany`'s statement, for a caller that sends it with its own writes (OutboxWriter.enqueueManyWith). */
  recordManyWrite(entries: readonly AuditEntryOfRequest[]): WriteBeside {
    const column = <T>(of: (e: AuditEntryOfRequest) => T): T[] => entries.map(of);
    return {
      sql: RECORD_MANY_SQL,
      params: [
        column((e) => e.entry.actor.type),
        column((e) => e.entry.actor.id ?? null),
        column((e) => e.entry.actor.label?.slice(0, 320) ?? null),
        column((e) => e.entry.action),
        column((e) => e.entry.outcome),
        column((e) => e.entry.entityType ?? null),
        column((e) => e.entry.entityId ?? null),
        column((e) => e.entry.serviceId ?? null),
        column((e) => e.request.ip),
        column((e) => e.request.requestId),
        column((e) => (e.entry.detail ? JSON.stringify(e.entry.detail) : null)),
      ],
    };
  }
}
