import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { DEFAULT_FLAG_THRESHOLDS } from '@navdesk/contracts';
import { ServiceEntity } from '@navdesk/server/access';

/** A service's flag thresholds, set by its navigators; a service without a row uses the defaults. */
@Entity({ name: 'service_flag_thresholds' })
export class ServiceFlagThresholdsEntity {
  @PrimaryColumn({ type: 'uuid' })
  serviceId!: string;

  @OneToOne(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_service_flag_thresholds_service' })
  service?: ServiceEntity;

  @Column({ type: 'smallint', default: DEFAULT_FLAG_THRESHOLDS.noLoginDays })
  noLoginDays!: number;

  @Column({ type: 'smallint', default: DEFAULT_FLAG_THRESHOLDS.moodDropPoints })
  moodDropPoints!: number;

  @Column({ type: 'smallint', default: DEFAULT_FLAG_THRESHOLDS.moodDropWindowDays })
  moodDropWindowDays!: number;

  @Column({ type: 'smallint', default: DEFAULT_FLAG_THRESHOLDS.noMoodDays })
  noMoodDays!: number;

  @Column({ type: 'smallint', default: DEFAULT_FLAG_THRESHOLDS.burdenDismissals })
  burdenDismissals!: number;

  @Column({ type: 'smallint', default: DEFAULT_FLAG_THRESHOLDS.burdenWindowDays })
  burdenWindowDays!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
