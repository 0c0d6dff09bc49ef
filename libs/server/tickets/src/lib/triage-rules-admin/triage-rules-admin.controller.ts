import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Put,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TriageRulesPreview, TriageRulesView } from '@navdesk/contracts';
import { TriageRulesPreviewSchema, TriageRulesViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors } from '@navdesk/server/core';
import {
  PreviewTriageRulesDto,
  SaveTriageRulesDto,
} from './triage-rules-admin.dto';
import { TriageRulesAdminService } from './triage-rules-admin.service';
import { TriageRulesPreviewService } from './triage-rules-preview.service';

/** Admins edit the triage rules: read the current version and its history, preview an edit, save it. */
@ApiTags('admin')
@Controller('admin/triage-rules')
export class TriageRulesAdminController {
  constructor(
    private readonly admin: TriageRulesAdminService,
    private readonly previews: TriageRulesPreviewService,
  ) {}

  @Roles('admin')
  @Get()
  @ApiOperation({ summary: 'Read the triage rules in force and their history' })
  @ApiAnswer(200, TriageRulesViewSchema)
  current(): Promise<TriageRulesView> {
    return this.admin.current();
  }

  @Roles('admin')
  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Preview an edit of the triage rules', description: 'How many of the latest 1,000 tickets would change category or theme, per (from, to) pair; counts only.' })
  @ApiAnswer(200, TriageRulesPreviewSchema)
  preview(@Body() body: PreviewTriageRulesDto): Promise<TriageRulesPreview> {
    return this.previews.preview(this.admin.validate(body.rules));
  }

  @Roles('admin')
  @Put()
  @ApiOperation({ summary: 'Save the triage rules as the next version', description: 'Audited.' })
  @ApiAnswer(200, TriageRulesViewSchema)
  @ApiErrors({ 409: 'Another version was saved since `version`' })
  save(
    @Body() body: SaveTriageRulesDto,
    @CurrentUser() user: UserPrincipal,
  ): Promise<TriageRulesView> {
    return this.admin.save(body.version, body.rules, user);
  }
}
