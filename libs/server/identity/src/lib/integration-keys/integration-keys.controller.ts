import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CreatedIntegrationKey } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { CreateIntegrationKeyDto } from './integration-keys.dto';
import { IntegrationKeysService, type IntegrationKeyListItem } from './integration-keys.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller('integration-keys')
export class IntegrationKeysController {
  constructor(private readonly keys: IntegrationKeysService) {}

  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ description: '`key` is shown this once; store it in the client' })
  create(@Body() body: CreateIntegrationKeyDto, @CurrentUser() admin: UserPrincipal): Promise<CreatedIntegrationKey> {
    return this.keys.create(body, admin);
  }

  @Roles('admin')
  @Get()
  list(): Promise<IntegrationKeyListItem[]> {
    return this.keys.list();
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  revoke(@Param('id', uuidParam('id')) id: string, @CurrentUser() admin: UserPrincipal): Promise<void> {
    return this.keys.revoke(id, admin);
  }
}
