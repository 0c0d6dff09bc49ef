import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { currentRequestContext } from '@navdesk/server/core';
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

/** Writes audit rows; IP and request id come from the current request. */
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
}
