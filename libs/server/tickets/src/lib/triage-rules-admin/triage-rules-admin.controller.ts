import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { TriageRulesPreview, TriageRulesView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import {
  PreviewTriageRulesDto,
  SaveTriageRulesDto,
} from './triage-rules-admin.dto';
import { TriageRulesAdminService } from './triage-rules-admin.service';
import { TriageRulesPreviewService } from './triage-rules-preview.service';

/** Admins edit the triage rules: read the current version and its history, preview an edit, save it. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/triage-rules')
export class TriageRulesAdminController {
  constructor(
    private readonly admin: TriageRulesAdminService,
    private readonly previews: TriageRulesPreviewService,
  ) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({
    description:
      'the rules in force, their version, and the versions before it (newest first)',
  })
  current(): Promise<TriageRulesView> {
    return this.admin.current();
  }

  @Roles('admin')
  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'how many of the latest 1,000 tickets would change category or theme, per (from, to) pair; counts only',
  })
  preview(@Body() body: PreviewTriageRulesDto): Promise<TriageRulesPreview> {
    return this.previews.preview(this.admin.validate(body.rules));
  }

  @Roles('admin')
  @Put()
  @ApiOkResponse({ description: 'saved as the next version; audited' })
  @ApiConflictResponse({
    description: 'another version was saved since `version`',
  })
  save(
    @Body() body: SaveTriageRulesDto,
    @CurrentUser() user: UserPrincipal,
  ): Promise<TriageRulesView> {
    return this.admin.save(body.version, body.rules, user);
  }
}
