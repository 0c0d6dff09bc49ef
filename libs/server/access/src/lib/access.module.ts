import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './guard/access.guard';
import { CredentialsService } from './guard/credentials.service';

/** Installs the default-deny guard on every route of the app that imports it. */
@Global()
@Module({
  providers: [CredentialsService, AccessGuard, { provide: APP_GUARD, useExisting: AccessGuard }],
  exports: [CredentialsService],
})
export class AccessModule {}
