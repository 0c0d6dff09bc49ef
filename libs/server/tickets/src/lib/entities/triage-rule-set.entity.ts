import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import type { TriageRuleDefinition } from '../rules/triage-rules';

/**
 * One version of the triage rules. Rows are only ever added (the runtime role may not change or delete
 * them): the highest `version` is what triage uses, the others are the history admins see.
 * Version 1 is the shipped rule file, written by migration TriageRuleSets.
 */
@Entity({ name: 'triage_rule_sets' })
export class TriageRuleSetEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_triage_rule_sets',
  })
  id!: string;

  /** 1, 2, 3…; unique, so two admins saving on the same version cannot both win. */
  @Index('ux_triage_rule_sets_version', { unique: true })
  @Column({ type: 'integer' })
  version!: number;

  /** Validated before it is written (validateTriageRules); validated again when loaded. */
  @Column({ type: 'jsonb' })
  rules!: TriageRuleDefinition[];

  /** Null for version 1, and once the admin's account is deleted. */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_triage_rule_sets_created_by',
  })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
