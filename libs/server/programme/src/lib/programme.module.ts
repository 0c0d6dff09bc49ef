import { Module } from '@nestjs/common';
import { ProgrammeClient } from './programme.client';

/** The digital programme's client: one instance (one circuit) per process. */
@Module({ providers: [ProgrammeClient], exports: [ProgrammeClient] })
export class ProgrammeModule {}
