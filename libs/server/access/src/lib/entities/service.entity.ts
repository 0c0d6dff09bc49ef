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

  /** Business hours of the service's SLA calendar (local time, Monday to Friday). */
  @Column({ type: 'text', default: '09:00' })
  opensAt!: string;

  @Column({ type: 'text', default: '17:00' })
  closesAt!: string;

  /** Who is told at once when a ticket suggests risk to a patient (the service's duty clinician). */
  @Column({ type: 'text', nullable: true })
  dutyContactEmail!: string | null;
}
