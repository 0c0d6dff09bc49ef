import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ApiExceptionFilter, createValidationPipe } from '@navdesk/server/core';
import { ProgrammeSimModule } from './app/programme-sim.module';
import { loadSimConfig } from './app/sim-config';

async function bootstrap(): Promise<void> {
  const config = loadSimConfig(process.env);
  const app = await NestFactory.create(ProgrammeSimModule, { logger: config.LOG_LEVEL === 'silent' ? false : ['error', 'warn'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  await app.listen(config.PROGRAMME_SIM_PORT);
  process.stdout.write(`Programme simulator listening on http://localhost:${config.PROGRAMME_SIM_PORT}\n`);
}

bootstrap().catch((e: Error) => {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
