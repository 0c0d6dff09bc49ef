import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthView } from '@navdesk/contracts';
import { HealthViewSchema, LivenessViewSchema } from '@navdesk/contracts/schemas';
import { ApiAnswer, schemaRef } from '../http/api-docs.decorators';
import { Public } from '../http/route-access.decorators';
import { HealthService } from './health.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness: the process answers HTTP. No dependency is touched (benchmarks use it as the bare baseline). */
  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers', description: 'Touches no dependency.' })
  @ApiAnswer(200, LivenessViewSchema)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Readiness: Postgres, Redis, the queues and the schedules' })
  @ApiAnswer(200, HealthViewSchema, 'Postgres and Redis answer, and every schedule ran on time')
  @ApiResponse({
    status: 503,
    description: '`error`: a dependency is down; `degraded`: a scheduled job is more than three intervals late. The body names it',
    content: { 'application/json': { schema: schemaRef(HealthViewSchema) } },
  })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const view = await this.health.check();
    res.status(view.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return view;
  }
}
