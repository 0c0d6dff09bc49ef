import { Module } from '@nestjs/common';
import { LivePublisherModule } from '@navdesk/server/live';
import { MailApiModule } from '@navdesk/server/mail';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle';
import { OIDC_CONTROLLERS, OIDC_PROVIDERS } from './auth/oidc/oidc.providers';
import { PasswordChangeService } from './auth/password-change.service';
import { PasswordHasher } from './auth/password-hasher';
import { PasswordResetThrottle } from './auth/password-reset-throttle';
import { PasswordResetService } from './auth/password-reset.service';
import { PasswordsController } from './auth/passwords.controller';
import { IntegrationKeysController } from './integration-keys/integration-keys.controller';
import { IntegrationKeysService } from './integration-keys/integration-keys.service';
import { ServicesController } from './services/services.controller';
import { UserLifecycleService } from './users/user-lifecycle.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/** Sign-in, people, services and integration keys (api side). */
@Module({
  imports: [MailApiModule, LivePublisherModule],
  controllers: [AuthController, PasswordsController, UsersController, ServicesController, IntegrationKeysController, ...OIDC_CONTROLLERS],
  providers: [AuthService, LoginThrottle, PasswordHasher, PasswordResetService, PasswordResetThrottle, PasswordChangeService, UsersService, UserLifecycleService, IntegrationKeysService, ...OIDC_PROVIDERS],
  exports: [PasswordHasher],
})
export class IdentityApiModule {}
