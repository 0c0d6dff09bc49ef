import { Body, Controller, HttpCode, HttpStatus, Param, Post, Put, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EngagementBatchResult } from '@navdesk/contracts';
import { CurrentIntegration, IntegrationKeyOnly, type IntegrationPrincipal } from '@navdesk/server/access';
import { InvalidInputException } from '@navdesk/server/core';
import { PatientRegisterService } from '../register/patient-register.service';
import { RegisterPatientDto } from '../register/register-patient.dto';
import { ENGAGEMENT_BATCH_OPENAPI, parseEngagementBatch } from './engagement-batch.schema';
import { EngagementIngestService } from './engagement-ingest.service';

/** What the digital programme and the service's records system send in, with an integration key. */
@ApiTags('engagement')
@ApiBearerAuth()
@Controller()
export class EngagementFeedController {
  constructor(
    private readonly ingestion: EngagementIngestService,
    private readonly register: PatientRegisterService,
  ) {}

  /** Up to 5,000 events; validated whole (400 lists each bad event by index and field); 202 once durable. */
  @IntegrationKeyOnly()
  @Post('engagement/events')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiBody({ description: '{events:[{eventId, patientRef, type, occurredAt, value?, moduleId?, appVersion?}]}', schema: ENGAGEMENT_BATCH_OPENAPI })
  @ApiAcceptedResponse({ description: '{accepted, duplicates, unknownPatients:[{index, patientRef}]}' })
  @ApiBadRequestResponse({ description: 'nothing of the batch was stored; details name each bad event (events[12].occurredAt)' })
  async events(@Body() body: unknown, @CurrentIntegration() integration: IntegrationPrincipal): Promise<EngagementBatchResult> {
    const parsed = parseEngagementBatch(body);
    if ('details' in parsed) throw new InvalidInputException(parsed.details);
    return this.ingestion.ingest(parsed.events, integration);
  }

  /** The register entry for one patient: 201 when new, 200 when replaced. */
  @IntegrationKeyOnly()
  @Put('patients/:ref')
  async putPatient(@Param('ref') ref: string, @Body() body: RegisterPatientDto, @CurrentIntegration() integration: IntegrationPrincipal, @Res({ passthrough: true }) res: Response): Promise<{ patientRef: string; created: boolean }> {
    const { created } = await this.register.put(ref, body, integration);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return { patientRef: ref, created };
  }
}
