import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TailoringRequestView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { TailoringQueryService } from './query/tailoring-query.service';

/** The patient page's tailoring panel. The ref travels in the path, never a query string. */
@ApiTags('patients')
@ApiBearerAuth()
@Controller('patients/:ref/tailoring-requests')
export class PatientTailoringController {
  constructor(private readonly query: TailoringQueryService) {}

  @Roles('pwp', 'navigator')
  @Get()
  list(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView[]> {
    return this.query.ofPatient(ref, user);
  }
}
