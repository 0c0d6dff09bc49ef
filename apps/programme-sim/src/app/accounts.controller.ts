import { BadRequestException, Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import type { PasswordResetReceipt, ProgrammeAccount, ProgrammePlanChange } from '@navdesk/contracts';
import { AccountsStore, PATIENT_REF } from './accounts.store';
import { ApiKeyGuard } from './api-key.guard';
import { EngagementFeedService } from './engagement/engagement-feed.service';
import { FaultsInterceptor } from './faults.interceptor';
import { NotificationSettingsDto, PasswordResetDto, PlanChangeDto } from './sim.dto';

function refOf(ref: string): string {
  if (!PATIENT_REF.test(ref)) throw new BadRequestException('ref must look like P-7QK2M9');
  return ref;
}

/** The programme's admin API for patient accounts, with faults applied. */
@Controller('accounts')
@UseGuards(ApiKeyGuard)
@UseInterceptors(FaultsInterceptor)
export class AccountsController {
  constructor(private readonly store: AccountsStore) {}

  @Get(':ref')
  account(@Param('ref') ref: string): ProgrammeAccount {
    return this.store.view(refOf(ref));
  }

  /** Records that a reset link was sent; 202, or 200 when the same requestId was already sent. */
  @Post(':ref/password-reset')
  reset(@Param('ref') ref: string, @Body() body: PasswordResetDto, @Res({ passthrough: true }) res: Response): PasswordResetReceipt {
    const { receipt, duplicate } = this.store.reset(refOf(ref), body.requestId, body.channel);
    res.status(duplicate ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return receipt;
  }

  @Put(':ref/notification-settings')
  notifications(@Param('ref') ref: string, @Body() body: NotificationSettingsDto): ProgrammeAccount {
    return this.store.setNotifications(refOf(ref), { reminderFrequency: body.reminderFrequency, quietHours: body.quietHours ?? null });
  }

  /** Tailoring: 201 with the new plan, or 200 when the same requestId was already applied. */
  @Post(':ref/plan-changes')
  changePlan(@Param('ref') ref: string, @Body() body: PlanChangeDto, @Res({ passthrough: true }) res: Response): ProgrammeAccount {
    if (body.action === 'replace' && !body.replacementModuleId) throw new BadRequestException('replacementModuleId is required to replace a module');
    const { account, duplicate } = this.store.changePlan(refOf(ref), { requestId: body.requestId, action: body.action, moduleId: body.moduleId, replacementModuleId: body.replacementModuleId ?? null });
    res.status(duplicate ? HttpStatus.OK : HttpStatus.CREATED);
    return account;
  }
}

/** Driving the simulation: the patient logs in (what a reset is waiting for). */
@Controller('simulate')
@UseGuards(ApiKeyGuard)
export class SimulateController {
  constructor(
    private readonly store: AccountsStore,
    private readonly feed: EngagementFeedService,
  ) {}

  /** The patient logs in; the engagement feed (when running) reports it to Navdesk. */
  @Post('accounts/:ref/login')
  @HttpCode(HttpStatus.OK)
  async login(@Param('ref') ref: string): Promise<ProgrammeAccount> {
    const account = this.store.login(refOf(ref));
    await this.feed.reportLogin(account.patientRef, new Date(account.lastLoginAt ?? Date.now()), account.appVersion);
    return account;
  }

  @Get('accounts/:ref/plan-changes')
  planChanges(@Param('ref') ref: string): ProgrammePlanChange[] {
    return this.store.planChangesOf(refOf(ref));
  }

  @Get('accounts/:ref/resets')
  resets(@Param('ref') ref: string): PasswordResetReceipt[] {
    return this.store.resetsOf(refOf(ref));
  }
}
