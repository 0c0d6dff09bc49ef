import { BadRequestException, Body, Controller, Get, Header, Post, Redirect } from '@nestjs/common';
import { AccountsStore, PATIENT_REF } from './accounts.store';
import { renderDemoPage } from './demo-page';
import { EngagementFeedService } from './engagement/engagement-feed.service';
import { FaultsService } from './faults.service';

/** The demo page and its two forms. The simulator holds no real data, so these need no key. */
@Controller()
export class DemoPageController {
  constructor(
    private readonly store: AccountsStore,
    private readonly faults: FaultsService,
    private readonly feed: EngagementFeedService,
  ) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return renderDemoPage(this.store.recentlyReset(), this.faults.current);
  }

  @Post('play/login')
  @Redirect('/', 303)
  async login(@Body('ref') ref: unknown): Promise<void> {
    if (typeof ref !== 'string' || !PATIENT_REF.test(ref.trim())) throw new BadRequestException('ref must look like P-7QK2M9');
    const account = this.store.login(ref.trim());
    await this.feed.reportLogin(account.patientRef, new Date(account.lastLoginAt ?? Date.now()), account.appVersion);
  }

  @Post('play/faults')
  @Redirect('/', 303)
  setFaults(@Body('down') down: unknown): void {
    this.faults.set({ down: down === 'true', errorRate: 0, latencyMs: 0 });
  }
}
