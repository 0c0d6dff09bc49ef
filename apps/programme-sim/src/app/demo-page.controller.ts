import { BadRequestException, Body, Controller, Get, Header, Post, Redirect } from '@nestjs/common';
import { AccountsStore, PATIENT_REF } from './accounts.store';
import { renderDemoPage } from './demo-page';
import { FaultsService } from './faults.service';

/** The demo page and its two forms. The simulator holds no real data, so these need no key. */
@Controller()
export class DemoPageController {
  constructor(
    private readonly store: AccountsStore,
    private readonly faults: FaultsService,
  ) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return renderDemoPage(this.store.recentlyReset(), this.faults.current);
  }

  @Post('play/login')
  @Redirect('/', 303)
  login(@Body('ref') ref: unknown): void {
    if (typeof ref !== 'string' || !PATIENT_REF.test(ref.trim())) throw new BadRequestException('ref must look like P-7QK2M9');
    this.store.login(ref.trim());
  }

  @Post('play/faults')
  @Redirect('/', 303)
  setFaults(@Body('down') down: unknown): void {
    this.faults.set({ down: down === 'true', errorRate: 0, latencyMs: 0 });
  }
}
