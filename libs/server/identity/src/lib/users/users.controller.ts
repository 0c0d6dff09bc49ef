import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Page, UserListItem, UserView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { PageQueryDto } from '@navdesk/server/core';
import { CreateUserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Roles('admin')
  @Get()
  list(@Query() query: PageQueryDto): Promise<Page<UserListItem>> {
    return this.users.list(query.limit, query.cursor);
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ description: 'the new user; a welcome e-mail is queued' })
  @ApiConflictResponse({ description: 'the e-mail is taken' })
  create(@Body() body: CreateUserDto, @CurrentUser() admin: UserPrincipal): Promise<UserView> {
    return this.users.create(body, admin);
  }
}
