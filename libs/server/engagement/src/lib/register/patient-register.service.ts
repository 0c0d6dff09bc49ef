import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IntegrationPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException, PATIENT_PLANS, type PatientPlans } from '@navdesk/server/core';
import { PATIENT_REF_PATTERN, PatientSessionEntity } from '@navdesk/server/patients';
import { PatientBriefEntity } from '../entities/patient-brief.entity';
import { UPSERT_PATIENT_SQL, type UpsertedPatientRow } from './patient-upsert.sql';
import type { RegisterPatientDto } from './register-patient.dto';

/**
 * The register feed: the service's records system says who the patient is seeing and when, and
 * (`attended`, once it knows) whether the patient came.
 * Creates or replaces the entry in one upsert (so concurrent PUTs of a new ref make one patient and
 * never a unique violation), renumbers the sessions by time, sets the register's plan as the base and
 * recomposes the effective plan with the applied tailoring on top; the worker then re-evaluates the patient.
 */
@Injectable()
export class PatientRegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(PATIENT_PLANS) private readonly plans: PatientPlans,
  ) {}

  async put(ref: string, dto: RegisterPatientDto, integration: IntegrationPrincipal): Promise<{ created: boolean }> {
    if (!PATIENT_REF_PATTERN.test(ref)) throw new InvalidInputException([{ field: 'ref', message: 'ref must be a patient ref such as P-7QK2M9' }]);
    const pwp: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM users u JOIN user_services us ON us.user_id = u.id WHERE u.id = $1 AND us.service_id = $2 AND u.role = 'pwp' AND u.active`,
      [dto.pwpId, integration.serviceId],
    );
    if (!pwp.length) throw new InvalidInputException([{ field: 'pwpId', message: 'pwpId is not an active PWP of this service' }]);
    const { created, recomposition } = await this.dataSource.transaction(async (manager) => {
      // The upsert also takes the row lock, so everything below runs one PUT (or tailoring) at a time.
      const [row]: UpsertedPatientRow[] = await manager.query(UPSERT_PATIENT_SQL, [ref, integration.serviceId, dto.pwpId, dto.mandatoryModules ?? [], dto.mandatoryModules !== undefined]);
      if (!row) throw new ConflictException('This ref belongs to a patient of another service');
      const sessions = [...dto.sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      await manager.delete(PatientSessionEntity, { patientId: row.id });
      if (sessions.length) {
        await manager.insert(PatientSessionEntity, sessions.map((s, i) => ({ patientId: row.id, number: i + 1, startsAt: new Date(s.startsAt), mode: s.mode, attended: s.attended ?? null })));
      }
      // Briefs were prepared for the sessions just replaced (and on what they said was attended): they go
      // with them, and the next read or the re-evaluation below prepares them again from the new register.
      await manager.delete(PatientBriefEntity, { patientId: row.id });
      const recomposition = await this.plans.recompose(manager, row.id);
      await manager.query(`INSERT INTO engagement_dirty_patients (patient_id) VALUES ($1) ON CONFLICT DO NOTHING`, [row.id]);
      await this.audit.record(
        { actor: { type: 'integration_key', id: integration.keyId, label: integration.name }, action: row.created ? 'patient.register.create' : 'patient.register.update', outcome: 'success', entityType: 'patient', entityId: row.id, serviceId: integration.serviceId, detail: { patientRef: ref, sessions: sessions.length } },
        manager,
      );
      return { created: row.created, recomposition };
    });
    await this.plans.announce(recomposition);
    return { created };
  }
}
