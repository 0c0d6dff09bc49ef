import { Body, Controller, HttpCode, HttpStatus, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EngagementBatchResult, RegisteredPatient } from '@navdesk/contracts';
import { EngagementBatchResultSchema, RegisteredPatientSchema } from '@navdesk/contracts/schemas';
import { CurrentIntegration, IntegrationKeyOnly, type IntegrationPrincipal } from '@navdesk/server/access';
import { ApiAnswer, InvalidInputException } from '@navdesk/server/core';
import { PatientRegisterService } from '../register/patient-register.service';
import { RegisterPatientDto } from '../register/register-patient.dto';
import { ENGAGEMENT_BATCH_OPENAPI, parseEngagementBatch } from './engagement-batch.schema';
import { EngagementIngestService } from './engagement-ingest.service';

/** What the digital programme and the service's records system send in, with an integration key. */
@ApiTags('engagement')
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
  @ApiOperation({ summary: 'Send a batch of engagement events', description: 'Up to 5,000 events from the digital programme. Validated whole: a 400 stores nothing and names each bad event (events[12].occurredAt). The same eventId twice is stored once.' })
  @ApiBody({ schema: ENGAGEMENT_BATCH_OPENAPI as Record<string, unknown> })
  @ApiAnswer(202, EngagementBatchResultSchema, 'The batch is durable')
  async events(@Body() body: unknown, @CurrentIntegration() integration: IntegrationPrincipal): Promise<EngagementBatchResult> {
    const parsed = parseEngagementBatch(body);
    if ('details' in parsed) throw new InvalidInputException(parsed.details);
    return this.ingestion.ingest(parsed.events, integration);
  }

  /** The register entry for one patient: 201 when new, 200 when replaced. */
  @IntegrationKeyOnly()
  @Put('patients/:ref')
  @ApiOperation({ summary: 'Put a patient’s register entry', description: 'The service’s records system feeds the register: the PWP, the sessions and the mandatory modules of one pseudonymous patient ref.' })
  @ApiAnswer(201, RegisteredPatientSchema, 'The patient is new to the register')
  @ApiAnswer(200, RegisteredPatientSchema, 'The register entry was replaced')
  async putPatient(@Param('ref') ref: string, @Body() body: RegisterPatientDto, @CurrentIntegration() integration: IntegrationPrincipal, @Res({ passthrough: true }) res: Response): Promise<RegisteredPatient> {
    const { created } = await this.register.put(ref, body, integration);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return { patientRef: ref, created };
  }
}
