import { Module } from '@nestjs/common';
import { LivePublisherModule } from '@navdesk/server/live';
import { MailApiModule } from '@navdesk/server/mail';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { IntegrationKeysController } from './integration-keys/integration-keys.controller';
import { IntegrationKeysService } from './integration-keys/integration-keys.service';
import { ServicesController } from './services/services.controller';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/** Sign-in, people, services and integration keys (api side). */
@Module({
  imports: [MailApiModule, LivePublisherModule],
  controllers: [AuthController, UsersController, ServicesController, IntegrationKeysController],
  providers: [AuthService, LoginThrottle, PasswordHasher, UsersService, IntegrationKeysService],
  exports: [PasswordHasher],
})
export class IdentityApiModule {}
