import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MAINTENANCE_QUEUE } from './maintenance.constants';
import { MaintenanceProcessor } from './maintenance.processor';

/** Worker side of identity: housekeeping on a schedule. */
@Module({ imports: [BullModule.registerQueue({ name: MAINTENANCE_QUEUE })], providers: [MaintenanceProcessor] })
export class IdentityWorkerModule {}
