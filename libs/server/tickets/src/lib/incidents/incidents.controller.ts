import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IncidentView, Page, TicketView } from '@navdesk/contracts';
import { IncidentDetailSchema, IncidentViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiPageAnswer, uuidParam } from '@navdesk/server/core';
import { ListIncidentsDto, MergeIncidentsDto, UpdateIncidentDto } from './incidents.dto';
import { IncidentsService } from './incidents.service';

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(private readonly incidents: IncidentsService) {}

  @Roles('navigator', 'manager')
  @Get()
  @ApiOperation({ summary: 'List incidents', description: 'Repeated usability reports of one fault, grouped; newest first.' })
  @ApiPageAnswer(IncidentViewSchema)
  list(@Query() query: ListIncidentsDto, @CurrentUser() user: UserPrincipal): Promise<Page<IncidentView>> {
    return this.incidents.list(user, query);
  }

  @Roles('navigator', 'manager')
  @Get(':id')
  @ApiOperation({ summary: 'Read an incident and its tickets' })
  @ApiAnswer(200, IncidentDetailSchema)
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<IncidentView & { tickets: TicketView[] }> {
    return this.incidents.one(user, id);
  }

  /** Resolving an incident resolves its open tickets and tells their reporters. */
  @Roles('navigator')
  @Patch(':id')
  @ApiOperation({ summary: 'Change an incident’s status, fixability or title', description: 'Resolving it resolves its tickets and tells their reporters.' })
  @ApiAnswer(200, IncidentViewSchema)
  @ApiErrors({ 409: 'The version is stale: someone else changed the incident; nothing was saved' })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateIncidentDto, @CurrentUser() user: UserPrincipal): Promise<IncidentView> {
    return this.incidents.update(user, id, body);
  }

  @Roles('navigator')
  @Post(':id/merge')
  @ApiOperation({ summary: 'Merge another incident into this one', description: 'Moves every ticket of sourceIncidentId here and closes the source.' })
  @ApiAnswer(200, IncidentViewSchema)
  @ApiErrors({ 409: 'A version is stale; nothing was merged' })
  @HttpCode(HttpStatus.OK)
  merge(@Param('id', uuidParam('id')) id: string, @Body() body: MergeIncidentsDto, @CurrentUser() user: UserPrincipal): Promise<IncidentView> {
    return this.incidents.merge(user, id, body);
  }
}
