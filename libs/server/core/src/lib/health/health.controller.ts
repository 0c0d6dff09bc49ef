import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthView } from '@navdesk/contracts';
import { Public } from '../http/route-access.decorators';
import { HealthService } from './health.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness: the process answers HTTP. No dependency is touched (benchmarks use it as the bare baseline). */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get()
  @ApiOkResponse({ description: 'Postgres and Redis answer, and every schedule ran on time' })
  @ApiServiceUnavailableResponse({ description: '`error`: a dependency is down; `degraded`: a scheduled job is more than three intervals late. The body names it' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const view = await this.health.check();
    res.status(view.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return view;
  }
}
