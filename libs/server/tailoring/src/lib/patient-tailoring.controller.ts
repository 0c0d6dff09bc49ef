import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TailoringRequestView } from '@navdesk/contracts';
import { TailoringRequestViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer } from '@navdesk/server/core';
import { TailoringQueryService } from './query/tailoring-query.service';

/** The patient page's tailoring panel. The ref travels in the path, never a query string. */
@ApiTags('patients')
@Controller('patients/:ref/tailoring-requests')
export class PatientTailoringController {
  constructor(private readonly query: TailoringQueryService) {}

  @Roles('pwp', 'navigator')
  @Get()
  @ApiOperation({ summary: 'List a patient’s tailoring requests', description: 'Newest first, the latest 50: the patient page’s tailoring panel.' })
  @ApiAnswer(200, [TailoringRequestViewSchema])
  list(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView[]> {
    return this.query.ofPatient(ref, user);
  }
}
