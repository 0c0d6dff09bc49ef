import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuditEntry, AuditService } from '@navdesk/server/audit';
import { IntegrationKeyOnly, Public, Roles } from '@navdesk/server/core';
import type { IntegrationPrincipal, RequestWithPrincipal, UserPrincipal } from '../principal';
import { AccessGuard } from './access.guard';
import type { CredentialsService } from './credentials.service';

class Handlers {
  @Public() open(): string {
    return 'open';
  }
  @Roles('admin') adminOnly(): string {
    return 'admin';
  }
  noRoles(): string {
    return 'unmarked';
  }
  @IntegrationKeyOnly() machine(): string {
    return 'machine';
  }
}

const pwp: UserPrincipal = { kind: 'user', userId: 'u1', sessionId: 's', email: 'pwp01@navdesk.test', name: 'P', role: 'pwp', serviceIds: ['s1'] };
const key: IntegrationPrincipal = { kind: 'integration', keyId: 'k1', serviceId: 's1', name: 'feed' };

class FakeCredentials {
  async userForToken(token: string): Promise<UserPrincipal | null> {
    return token === 'nds_valid' ? pwp : null;
  }
  async integrationForKey(k: string): Promise<IntegrationPrincipal | null> {
    return k === 'ndk_valid' ? key : null;
  }
}

class FakeAudit {
  readonly entries: AuditEntry[] = [];
  async record(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
  }
}

function contextFor(handler: keyof Handlers, authorization?: string): { ctx: ExecutionContext; req: RequestWithPrincipal } {
  const req = { headers: authorization ? { authorization } : {}, method: 'GET', originalUrl: '/api/x?q=1' } as RequestWithPrincipal & { headers: Record<string, string> };
  const ctx = {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { ctx, req };
}

describe('AccessGuard (default deny)', () => {
  const audit = new FakeAudit();
  const guard = new AccessGuard(new Reflector(), new FakeCredentials() as unknown as CredentialsService, audit as unknown as AuditService);

  it('lets anyone reach a public route', async () => {
    await expect(guard.canActivate(contextFor('open').ctx)).resolves.toBe(true);
  });

  it('answers 401 without a token or with an unknown one', async () => {
    await expect(guard.canActivate(contextFor('adminOnly').ctx)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(contextFor('adminOnly', 'Bearer nds_forged').ctx)).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('answers 403 to the wrong role and audits the denial without the query string', async () => {
    await expect(guard.canActivate(contextFor('adminOnly', 'Bearer nds_valid').ctx)).rejects.toBeInstanceOf(ForbiddenException);
    expect(audit.entries.at(-1)).toMatchObject({ action: 'access.denied', outcome: 'denied', detail: { path: '/api/x', role: 'pwp' } });
  });

  it('refuses a handler that names no roles, even to a signed-in user', async () => {
    await expect(guard.canActivate(contextFor('noRoles', 'Bearer nds_valid').ctx)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('takes integration keys only on integration routes, and only keys there', async () => {
    const { ctx, req } = contextFor('machine', 'Bearer ndk_valid');
    await expect(guard.canActivate(ctx)).resolves.toBe(true);
    expect(req.principal).toEqual(key);
    await expect(guard.canActivate(contextFor('machine', 'Bearer nds_valid').ctx)).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(guard.canActivate(contextFor('adminOnly', 'Bearer ndk_valid').ctx)).rejects.toBeInstanceOf(UnauthorizedException);
  });
});
