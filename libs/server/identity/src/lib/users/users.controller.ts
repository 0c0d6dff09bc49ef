import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page, UserListItem, UserView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { UserLifecycleService } from './user-lifecycle.service';
import { CreateUserDto, DeactivateUserDto, ListUsersQueryDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

const LAST_NAVIGATOR = 'the person is the last active navigator of a service it names, and no replacementNavigatorId was given';

@ApiTags('people')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly lifecycle: UserLifecycleService,
  ) {}

  @Roles('admin')
  @Get()
  list(@Query() query: ListUsersQueryDto): Promise<Page<UserListItem>> {
    return this.users.list(query);
  }

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ description: 'the new user; a welcome e-mail is queued' })
  @ApiConflictResponse({ description: 'the e-mail is taken' })
  create(@Body() body: CreateUserDto, @CurrentUser() admin: UserPrincipal): Promise<UserView> {
    return this.users.create(body, admin);
  }

  @Roles('admin')
  @Get(':id')
  @ApiOkResponse({ description: 'one person, with whether they can sign in' })
  @ApiNotFoundResponse({ description: 'no such user' })
  one(@Param('id', uuidParam('id')) id: string): Promise<UserListItem> {
    return this.users.one(id);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOkResponse({ description: 'the person as changed; their open sessions see the new role and services on their next request' })
  @ApiNotFoundResponse({ description: 'no such user' })
  @ApiConflictResponse({ description: LAST_NAVIGATOR })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateUserDto, @CurrentUser() admin: UserPrincipal): Promise<UserListItem> {
    return this.lifecycle.update(admin, id, body);
  }

  @Roles('admin')
  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ description: 'deactivated: every session and live stream ended, open tickets handed on, sign-in refused until reactivated' })
  @ApiNotFoundResponse({ description: 'no such user' })
  @ApiConflictResponse({ description: `${LAST_NAVIGATOR}; or it is the admin's own account` })
  deactivate(@Param('id', uuidParam('id')) id: string, @Body() body: DeactivateUserDto, @CurrentUser() admin: UserPrincipal): Promise<UserListItem> {
    return this.lifecycle.deactivate(admin, id, body);
  }

  @Roles('admin')
  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ description: 'the person can sign in again' })
  @ApiNotFoundResponse({ description: 'no such user' })
  reactivate(@Param('id', uuidParam('id')) id: string, @CurrentUser() admin: UserPrincipal): Promise<UserListItem> {
    return this.lifecycle.reactivate(admin, id);
  }

  @Roles('admin')
  @Post(':id/sign-out-everywhere')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'every session of the person ended' })
  @ApiNotFoundResponse({ description: 'no such user' })
  async signOutEverywhere(@Param('id', uuidParam('id')) id: string, @CurrentUser() admin: UserPrincipal): Promise<void> {
    await this.lifecycle.signOutEverywhere(admin, id);
  }
}
