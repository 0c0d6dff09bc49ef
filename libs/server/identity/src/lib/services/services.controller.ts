import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLES, type Page, type ServiceView } from '@navdesk/contracts';
import { ServiceViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, ServiceEntity, scopeToServices, type UserPrincipal } from '@navdesk/server/access';
import { ApiPageAnswer, cursorPart, defineCursor } from '@navdesk/server/core';
import { ListServicesQueryDto } from './services.dto';

const SERVICES_CURSOR = defineCursor(cursorPart.text, cursorPart.uuid);

@ApiTags('people')
@Controller('services')
export class ServicesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's services (an admin: all of them). */
  @Roles(...ROLES)
  @Get()
  @ApiOperation({ summary: 'List the caller’s services', description: 'By code; an admin gets every service.' })
  @ApiPageAnswer(ServiceViewSchema)
  async list(@Query() query: ListServicesQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<ServiceView>> {
    const after = SERVICES_CURSOR.decode(query.cursor);
    const qb = this.dataSource.getRepository(ServiceEntity).createQueryBuilder('s').orderBy('s.code', 'ASC').addOrderBy('s.id', 'ASC');
    scopeToServices(qb, 's.id', user);
    if (after) qb.andWhere('(s.code, s.id) > (:code, :id)', { code: after[0], id: after[1] });
    const rows = await qb.take(query.limit + 1).getMany();
    return SERVICES_CURSOR.page(rows, query.limit, (s) => ({ id: s.id, code: s.code, name: s.name }), (s) => [s.code, s.id]);
  }
}
