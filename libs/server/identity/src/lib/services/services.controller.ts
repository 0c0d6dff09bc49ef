import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLES, type Page, type ServiceView } from '@navdesk/contracts';
import { CurrentUser, Roles, ServiceEntity, scopeToServices, type UserPrincipal } from '@navdesk/server/access';
import { cursorPart, defineCursor, PageQueryDto } from '@navdesk/server/core';

const SERVICES_CURSOR = defineCursor(cursorPart.text, cursorPart.uuid);

@ApiTags('people')
@ApiBearerAuth()
@Controller('services')
export class ServicesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's services (an admin: all of them). */
  @Roles(...ROLES)
  @Get()
  async list(@Query() query: PageQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<ServiceView>> {
    const after = SERVICES_CURSOR.decode(query.cursor);
    const qb = this.dataSource.getRepository(ServiceEntity).createQueryBuilder('s').orderBy('s.code', 'ASC').addOrderBy('s.id', 'ASC');
    scopeToServices(qb, 's.id', user);
    if (after) qb.andWhere('(s.code, s.id) > (:code, :id)', { code: after[0], id: after[1] });
    const rows = await qb.take(query.limit + 1).getMany();
    return SERVICES_CURSOR.page(rows, query.limit, (s) => ({ id: s.id, code: s.code, name: s.name }), (s) => [s.code, s.id]);
  }
}
