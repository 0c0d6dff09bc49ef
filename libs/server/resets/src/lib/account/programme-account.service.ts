import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ProgrammeAccountView } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { findReachablePatient } from '@navdesk/server/patients';
import { ProgrammeClient, ProgrammeRejectedError, ProgrammeUnavailableError } from '@navdesk/server/programme';
import { ResetCompletionService } from '../tracking/reset-completion.service';

/**
 * The patient's account as the programme sees it, fetched when someone opens it (Navdesk keeps no
 * copy). Seeing a log-in after a sent reset completes the reset there and then.
 */
@Injectable()
export class ProgrammeAccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programme: ProgrammeClient,
    private readonly completion: ResetCompletionService,
    private readonly audit: AuditService,
  ) {}

  async fetch(ref: string, user: UserPrincipal): Promise<ProgrammeAccountView> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'patient.programme_account.read', outcome: 'success', entityType: 'patient', entityId: patient.id, serviceId: patient.serviceId, detail: { patientRef: ref } });
    try {
      const account = await this.programme.account(ref);
      await this.completion.completeIfLoggedIn(patient.id, account.lastLoginAt);
      return { ...account, fetchedAt: new Date().toISOString() };
    } catch (e) {
      if (e instanceof ProgrammeUnavailableError) throw new ServiceUnavailableException('The digital programme cannot be reached right now; try again in a minute');
      if (e instanceof ProgrammeRejectedError) throw new ServiceUnavailableException(`The digital programme refused to show this account (${e.status})`);
      throw e;
    }
  }
}
