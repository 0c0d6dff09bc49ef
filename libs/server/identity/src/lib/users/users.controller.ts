import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, UserListItem, UserView } from '@navdesk/contracts';
import { UserListItemSchema, UserViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiNoContent, ApiPageAnswer, uuidParam } from '@navdesk/server/core';
import { UserLifecycleService } from './user-lifecycle.service';
import { CreateUserDto, DeactivateUserDto, ListUsersQueryDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

const LAST_NAVIGATOR = 'The person is the last active navigator of a service it names, and no replacementNavigatorId was given';

@ApiTags('people')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly lifecycle: UserLifecycleService,
  ) {}

  @Roles('admin')
  @Get()
  @ApiOperation({ summary: 'List people', description: 'By e-mail address; filtered by service, role or whether they can sign in.' })
  @ApiPageAnswer(UserListItemSchema)
  list(@Query() query: ListUsersQueryDto): Promise<Page<UserListItem>> {
    return this.users.list(query);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'Add a person', description: 'A welcome e-mail is queued.' })
  @ApiAnswer(201, UserViewSchema, 'The new person')
  @ApiErrors({ 409: 'The e-mail address is taken' })
  create(@Body() body: CreateUserDto, @CurrentUser() admin: UserPrincipal): Promise<UserView> {
    return this.users.create(body, admin);
  }

  @Roles('admin')
  @Get(':id')
  @ApiOperation({ summary: 'Read a person, with whether they can sign in' })
  @ApiAnswer(200, UserListItemSchema)
  one(@Param('id', uuidParam('id')) id: string): Promise<UserListItem> {
    return this.users.one(id);
  }

  @Roles('admin')
  @Patch(':id')
  @ApiOperation({ summary: 'Change a person’s name, role or services', description: 'Their open sessions see the new role and services on their next request.' })
  @ApiAnswer(200, UserListItemSchema, 'The person as changed')
  @ApiErrors({ 409: `${LAST_NAVIGATOR}; or it changes the admin’s own role. Nothing was saved` })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateUserDto, @CurrentUser() admin: UserPrincipal): Promise<UserListItem> {
    return this.lifecycle.update(admin, id, body);
  }

  @Roles('admin')
  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Deactivate a person',
    description: 'Every session and live stream ends, open tickets are handed on, and sign-in is refused until reactivated. The body may be left out.',
  })
  @ApiBody({ type: DeactivateUserDto, required: false })
  @ApiAnswer(200, UserListItemSchema, 'The person, deactivated')
  @ApiErrors({ 409: `${LAST_NAVIGATOR}; or it is the admin’s own account. Nothing was saved` })
  deactivate(@Param('id', uuidParam('id')) id: string, @Body() body: DeactivateUserDto, @CurrentUser() admin: UserPrincipal): Promise<UserListItem> {
    return this.lifecycle.deactivate(admin, id, body);
  }

  @Roles('admin')
  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivate a person', description: 'They can sign in again.' })
  @ApiAnswer(200, UserListItemSchema, 'The person, active again')
  reactivate(@Param('id', uuidParam('id')) id: string, @CurrentUser() admin: UserPrincipal): Promise<UserListItem> {
    return this.lifecycle.reactivate(admin, id);
  }

  @Roles('admin')
  @Post(':id/sign-out-everywhere')
  @HttpCode(204)
  @ApiOperation({ summary: 'End every session of a person' })
  @ApiNoContent('Every session of the person has ended')
  async signOutEverywhere(@Param('id', uuidParam('id')) id: string, @CurrentUser() admin: UserPrincipal): Promise<void> {
    await this.lifecycle.signOutEverywhere(admin, id);
  }
}
