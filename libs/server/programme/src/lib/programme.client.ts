import { Inject, Injectable, Logger } from '@nestjs/common';
import CircuitBreaker from 'opossum';
import type { NotificationSettings, PasswordResetReceipt, PasswordResetRequest, ProgrammeAccount, ProgrammePlanChange } from '@navdesk/contracts';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { ProgrammeRejectedError, ProgrammeUnavailableError } from './programme.errors';

type Call = { method: 'GET' | 'POST' | 'PUT'; path: string; body?: unknown };

/**
 * The one way Navdesk talks to the digital programme: HTTP with a timeout and the API key, behind a
 * circuit breaker (opossum) that stops calling for a while once most recent calls failed, so a
 * programme outage does not pile up waiting requests. Retries are the queue's job (backoff), not this
 * client's. Refusals (4xx) never open the circuit: they are answers, not outages.
 */
@Injectable()
export class ProgrammeClient {
  private readonly logger = new Logger(ProgrammeClient.name);
  private readonly breaker: CircuitBreaker<[Call], unknown>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.breaker = new CircuitBreaker((call: Call) => this.send(call), {
      timeout: false, // the fetch has its own timeout
      errorThresholdPercentage: 50,
      volumeThreshold: 5,
      rollingCountTimeout: 30_000,
      resetTimeout: this.config.PROGRAMME_CIRCUIT_RESET_MS,
      errorFilter: (e: unknown) => e instanceof ProgrammeRejectedError,
    });
    this.breaker.on('open', () => this.logger.warn('programme circuit open: calls paused'));
    this.breaker.on('close', () => this.logger.log('programme circuit closed: calls resumed'));
  }

  get circuitOpen(): boolean {
    return this.breaker.opened;
  }

  account(ref: string): Promise<ProgrammeAccount> {
    return this.call<ProgrammeAccount>({ method: 'GET', path: `/accounts/${encodeURIComponent(ref)}` });
  }

  sendPasswordReset(ref: string, request: PasswordResetRequest): Promise<PasswordResetReceipt> {
    return this.call<PasswordResetReceipt>({ method: 'POST', path: `/accounts/${encodeURIComponent(ref)}/password-reset`, body: request });
  }

  updateNotificationSettings(ref: string, settings: NotificationSettings): Promise<ProgrammeAccount> {
    return this.call<ProgrammeAccount>({ method: 'PUT', path: `/accounts/${encodeURIComponent(ref)}/notification-settings`, body: settings });
  }

  /** Tailoring: skip, replace or add a module in the patient's plan; the same requestId twice changes it once. */
  changeModulePlan(ref: string, change: ProgrammePlanChange): Promise<ProgrammeAccount> {
    return this.call<ProgrammeAccount>({ method: 'POST', path: `/accounts/${encodeURIComponent(ref)}/plan-changes`, body: change });
  }

  private async call<T>(call: Call): Promise<T> {
    try {
      return (await this.breaker.fire(call)) as T;
    } catch (e) {
      if (e instanceof ProgrammeRejectedError || e instanceof ProgrammeUnavailableError) throw e;
      if (this.breaker.opened) throw new ProgrammeUnavailableError('The programme is unavailable (circuit open); try again shortly', true);
      throw new ProgrammeUnavailableError(`The programme could not be reached: ${(e as Error).message}`);
    }
  }

  private async send(call: Call): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(new URL(call.path, this.config.PROGRAMME_API_URL), {
        method: call.method,
        headers: { authorization: `Bearer ${this.config.PROGRAMME_API_KEY}`, 'content-type': 'application/json', accept: 'application/json' },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(this.config.PROGRAMME_TIMEOUT_MS),
      });
    } catch (e) {
      const timedOut = (e as Error).name === 'TimeoutError';
      throw new ProgrammeUnavailableError(timedOut ? `The programme did not answer within ${this.config.PROGRAMME_TIMEOUT_MS} ms` : `The programme could not be reached (${(e as Error).message})`);
    }
    if (res.status >= 500) throw new ProgrammeUnavailableError(`The programme failed (${res.status})`);
    if (res.status >= 400) throw new ProgrammeRejectedError(res.status, `The programme refused the request (${res.status})`);
    return res.json();
  }
}
