import { Global, Module } from '@nestjs/common';
import { PATIENT_PLANS } from '@navdesk/server/core';
import { LivePublisherModule } from '@navdesk/server/live';
import { NotificationsModule } from '@navdesk/server/notifications';
import { TailoringPlanService } from './tailoring-plan.service';

/** Provides the PATIENT_PLANS port to every domain of the process that imports it once (runtime). */
@Global()
@Module({
  imports: [NotificationsModule, LivePublisherModule],
  providers: [TailoringPlanService, { provide: PATIENT_PLANS, useExisting: TailoringPlanService }],
  exports: [PATIENT_PLANS, TailoringPlanService],
})
export class PatientPlansModule {}
