import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, PatientListItem } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { CaseloadQueryDto } from './patients.dto';
import { PatientsService } from './patients.service';

@ApiTags('patients')
@ApiBearerAuth()
@Controller('patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  /** A PWP's own patients; a navigator's services' patients. Every read is audited. */
  @Roles('pwp', 'navigator')
  @Get()
  caseload(@Query() query: CaseloadQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<PatientListItem>> {
    return this.patients.caseload(user, query.limit, query.cursor, query.pwpId);
  }
}
