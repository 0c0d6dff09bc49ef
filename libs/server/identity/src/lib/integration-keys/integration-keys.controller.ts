import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CreatedIntegrationKey, IntegrationKeyListItem } from '@navdesk/contracts';
import { CreatedIntegrationKeySchema, IntegrationKeyListItemSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiNoContent, uuidParam } from '@navdesk/server/core';
import { CreateIntegrationKeyDto } from './integration-keys.dto';
import { IntegrationKeysService } from './integration-keys.service';

@ApiTags('people')
@Controller('integration-keys')
export class IntegrationKeysController {
  constructor(private readonly keys: IntegrationKeysService) {}

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'Create an integration key for a service', description: 'For a machine client (the programme’s feed, a trust’s records): `key` is shown this once; store it in the client.' })
  @ApiAnswer(201, CreatedIntegrationKeySchema, 'The key, shown this once')
  create(@Body() body: CreateIntegrationKeyDto, @CurrentUser() admin: UserPrincipal): Promise<CreatedIntegrationKey> {
    return this.keys.create(body, admin);
  }

  @Roles('admin')
  @Get()
  @ApiOperation({ summary: 'List the integration keys not revoked', description: 'Newest first; never the key itself, only its first characters.' })
  @ApiAnswer(200, [IntegrationKeyListItemSchema])
  list(): Promise<IntegrationKeyListItem[]> {
    return this.keys.list();
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke an integration key', description: 'Its client is refused from the next call.' })
  @ApiNoContent('Revoked')
  revoke(@Param('id', uuidParam('id')) id: string, @CurrentUser() admin: UserPrincipal): Promise<void> {
    return this.keys.revoke(id, admin);
  }
}
