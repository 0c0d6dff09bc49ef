import { Injectable, InternalServerErrorException, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { FaultsService } from './faults.service';

/** Applies the injected faults to the programme API (not to the admin endpoints that set them). */
@Injectable()
export class FaultsInterceptor implements NestInterceptor {
  constructor(private readonly faults: FaultsService) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.run(next));
  }

  private async run(next: CallHandler): Promise<unknown> {
    const { latencyMs } = this.faults.current;
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    const verdict = this.faults.verdict();
    if (verdict.kind === 'down') throw new ServiceUnavailableException('The programme is down (simulated)');
    if (verdict.kind === 'error') throw new InternalServerErrorException('The programme failed (simulated)');
    return lastValueFrom(next.handle());
  }
}
