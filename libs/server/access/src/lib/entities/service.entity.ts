import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '@navdesk/server/core';

/** One NHS Talking Therapies service. Every piece of service data is scoped by its id. */
@Entity({ name: 'services' })
export class ServiceEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_services_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'Europe/London' })
  timezone!: string;
}
