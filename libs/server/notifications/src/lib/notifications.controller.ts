import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES, type NotificationSummary, type NotificationView, type Page } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { InvalidInputException, PageQueryDto } from '@navdesk/server/core';
import { MarkReadDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles(...ROLES)
  @Get()
  list(@Query() query: PageQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<NotificationView>> {
    return this.notifications.list(user.userId, query.limit, query.cursor);
  }

  @Roles(...ROLES)
  @Get('summary')
  async summary(@CurrentUser() user: UserPrincipal): Promise<NotificationSummary> {
    return { unread: await this.notifications.unread(user.userId) };
  }

  @Roles(...ROLES)
  @Post('read')
  @HttpCode(HttpStatus.NO_CONTENT)
  async read(@Body() body: MarkReadDto, @CurrentUser() user: UserPrincipal): Promise<void> {
    if (!body.all && !body.ids?.length) throw new InvalidInputException([{ field: 'ids', message: 'ids or all must be given' }]);
    await this.notifications.markRead(user.userId, body.all ? 'all' : (body.ids ?? []));
  }
}
