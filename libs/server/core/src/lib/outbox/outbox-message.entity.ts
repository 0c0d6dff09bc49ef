import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxValue } from './job-map';

/**
 * Work that must not be lost, written in the same transaction as the business change that caused it.
 * The worker's relay moves committed rows into BullMQ with this row's id as the job id.
 * `payload` holds ids only, never patient data.
 */
@Entity({ name: 'outbox_messages' })
@Index('ix_outbox_pending', ['createdAt'], { where: 'dispatched_at IS NULL' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  jobName!: string;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, OutboxValue>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  dispatchAttempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** A relay's claim on the row while it adds the job; another relay skips the row until then. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;
}
