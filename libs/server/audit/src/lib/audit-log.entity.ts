import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied', 'locked'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** `link_holder`: whoever holds a report export's download link (not necessarily the person who asked for it). */
export const ACTOR_TYPES = ['user', 'integration_key', 'system', 'anonymous', 'link_holder'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * Append-only record of sign-ins, denials, admin changes and every read of patient-level data.
 * A trigger in the database refuses UPDATE, DELETE and TRUNCATE (migration AuditLogAppendOnly).
 */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_occurred_at', ['occurredAt'])
@Index('ix_audit_log_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_log_actor', ['actorId', 'occurredAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  actorType!: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** What the actor called themselves: the e-mail tried at sign-in, a key's name. */
  @Column({ type: 'text', nullable: true })
  actorLabel!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  entityType!: string | null;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @Column({ type: 'text' })
  outcome!: AuditOutcome;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  detail!: Record<string, string | number | boolean | null> | null;
}
