import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type NotificationSummary, type NotificationView, type Page } from '@navdesk/contracts';
import { NotificationSummarySchema, NotificationViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiNoContent, ApiPageAnswer, InvalidInputException } from '@navdesk/server/core';
import { ListNotificationsQueryDto, MarkReadDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles(...ROLES)
  @Get()
  @ApiOperation({ summary: 'List the caller’s notifications', description: 'Newest first, read and unread.' })
  @ApiPageAnswer(NotificationViewSchema)
  list(@Query() query: ListNotificationsQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<NotificationView>> {
    return this.notifications.list(user.userId, query.limit, query.cursor);
  }

  @Roles(...ROLES)
  @Get('summary')
  @ApiOperation({ summary: 'Count the caller’s unread notifications', description: 'The bell’s badge.' })
  @ApiAnswer(200, NotificationSummarySchema)
  async summary(@CurrentUser() user: UserPrincipal): Promise<NotificationSummary> {
    return { unread: await this.notifications.unread(user.userId) };
  }

  @Roles(...ROLES)
  @Post('read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark notifications read', description: 'Those named in `ids`, or every one with `all: true`; one of the two must be given.' })
  @ApiNoContent('Marked read')
  async read(@Body() body: MarkReadDto, @CurrentUser() user: UserPrincipal): Promise<void> {
    if (!body.all && !body.ids?.length) throw new InvalidInputException([{ field: 'ids', message: 'ids or all must be given' }]);
    await this.notifications.markRead(user.userId, body.all ? 'all' : (body.ids ?? []));
  }
}
