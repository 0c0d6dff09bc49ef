import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every e-mail Navdesk sends, as handed to the transport. `dedupeKey` (the outbox message id) makes a
 * re-run job a no-op. In development and tests the `database` transport stops here: this table is the mailbox.
 */
@Entity({ name: 'outbound_emails' })
@Index('ix_outbound_emails_recipient', ['recipient', 'createdAt'])
export class OutboundEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_outbound_emails_dedupe_key', { unique: true })
  @Column({ type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: 'database' })
  transport!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
