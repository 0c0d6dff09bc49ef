import { Body, Controller, Get, Put, UseGuards } from '@nestjs/common';
import type { ProgrammeFaults } from '@navdesk/contracts';
import { ApiKeyGuard } from './api-key.guard';
import { FaultsService } from './faults.service';
import { FaultsDto } from './sim.dto';

/** Sets the simulated faults; never subject to them, so a test can always switch them off. */
@Controller('admin/faults')
@UseGuards(ApiKeyGuard)
export class AdminController {
  constructor(private readonly faults: FaultsService) {}

  @Get()
  get(): ProgrammeFaults {
    return this.faults.current;
  }

  @Put()
  set(@Body() body: FaultsDto): ProgrammeFaults {
    return this.faults.set(body);
  }
}
