import type { EntityManager } from 'typeorm';
import { BriefOpeningEntity } from './brief-opening.entity';

export interface BriefOpening {
  serviceId: string;
  patientId: string;
  userId: string;
  openedAt: Date;
  sessionStartsAt: Date | null;
}

/** Records one opening of a brief (ids only: no patient ref leaves the database through it). */
export async function recordBriefOpening(manager: EntityManager, opening: BriefOpening): Promise<void> {
  await manager.insert(BriefOpeningEntity, opening);
}
