import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { IncidentView, Page, TicketView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { ListIncidentsDto, MergeIncidentsDto, UpdateIncidentDto } from './incidents.dto';
import { IncidentsService } from './incidents.service';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Roles('navigator', 'manager')
  @Get()
  list(@Query() query: ListIncidentsDto, @CurrentUser() user: UserPrincipal): Promise<Page<IncidentView>> {
    return this.incidents.list(user, query);
  }

  @Roles('navigator', 'manager')
  @Get(':id')
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<IncidentView & { tickets: TicketView[] }> {
    return this.incidents.one(user, id);
  }

  /** Resolving an incident resolves its open tickets and tells their reporters. */
  @Roles('navigator')
  @Patch(':id')
  @ApiConflictResponse({ description: 'stale version' })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateIncidentDto, @CurrentUser() user: UserPrincipal): Promise<IncidentView> {
    return this.incidents.update(user, id, body);
  }

  @Roles('navigator')
  @Post(':id/merge')
  @HttpCode(HttpStatus.OK)
  merge(@Param('id', uuidParam('id')) id: string, @Body() body: MergeIncidentsDto, @CurrentUser() user: UserPrincipal): Promise<IncidentView> {
    return this.incidents.merge(user, id, body);
  }
}
