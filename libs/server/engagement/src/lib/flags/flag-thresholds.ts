import type { EntityManager } from 'typeorm';
import { DEFAULT_FLAG_THRESHOLDS, type FlagThresholds } from '@navdesk/contracts';
import { ServiceFlagThresholdsEntity } from '../entities/service-flag-thresholds.entity';

/** The service's thresholds, or the defaults when its navigators have not set any. */
export async function thresholdsOf(manager: EntityManager, serviceId: string): Promise<FlagThresholds> {
  const row = await manager.findOne(ServiceFlagThresholdsEntity, { where: { serviceId } });
  if (!row) return { ...DEFAULT_FLAG_THRESHOLDS };
  return {
    noLoginDays: row.noLoginDays,
    moodDropPoints: row.moodDropPoints,
    moodDropWindowDays: row.moodDropWindowDays,
    noMoodDays: row.noMoodDays,
    burdenDismissals: row.burdenDismissals,
    burdenWindowDays: row.burdenWindowDays,
  };
}
