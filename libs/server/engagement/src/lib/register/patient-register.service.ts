import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IntegrationPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException } from '@navdesk/server/core';
import { PATIENT_REF_PATTERN, PatientEntity, PatientSessionEntity } from '@navdesk/server/patients';
import type { RegisterPatientDto } from './register-patient.dto';

/**
 * The register feed: the service's records system says who the patient is seeing and when.
 * Creates or replaces the entry (sessions renumbered by time); the worker then re-evaluates the patient.
 */
@Injectable()
export class PatientRegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async put(ref: string, dto: RegisterPatientDto, integration: IntegrationPrincipal): Promise<{ created: boolean }> {
    if (!PATIENT_REF_PATTERN.test(ref)) throw new InvalidInputException([{ field: 'ref', message: 'ref must be a patient ref such as P-7QK2M9' }]);
    const pwp: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM users u JOIN user_services us ON us.user_id = u.id WHERE u.id = $1 AND us.service_id = $2 AND u.role = 'pwp' AND u.active`,
      [dto.pwpId, integration.serviceId],
    );
    if (!pwp.length) throw new InvalidInputException([{ field: 'pwpId', message: 'pwpId is not an active PWP of this service' }]);
    const created = await this.dataSource.transaction(async (manager) => {
      let patient = await manager.findOne(PatientEntity, { where: { ref }, lock: { mode: 'pessimistic_write' } });
      if (patient && patient.serviceId !== integration.serviceId) throw new ConflictException('This ref belongs to a patient of another service');
      const isNew = !patient;
      if (!patient) {
        patient = manager.create(PatientEntity, { ref, serviceId: integration.serviceId, pwpId: dto.pwpId, mandatoryModules: dto.mandatoryModules ?? [] });
        await manager.insert(PatientEntity, patient);
      } else {
        await manager.update(PatientEntity, { id: patient.id }, { pwpId: dto.pwpId, ...(dto.mandatoryModules ? { mandatoryModules: dto.mandatoryModules } : {}) });
      }
      const sessions = [...dto.sessions].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
      await manager.delete(PatientSessionEntity, { patientId: patient.id });
      if (sessions.length) {
        await manager.insert(PatientSessionEntity, sessions.map((s, i) => ({ patientId: patient.id, number: i + 1, startsAt: new Date(s.startsAt), mode: s.mode })));
      }
      await manager.query(`INSERT INTO engagement_dirty_patients (patient_id) VALUES ($1) ON CONFLICT DO NOTHING`, [patient.id]);
      await this.audit.record(
        { actor: { type: 'integration_key', id: integration.keyId, label: integration.name }, action: isNew ? 'patient.register.create' : 'patient.register.update', outcome: 'success', entityType: 'patient', entityId: patient.id, serviceId: integration.serviceId, detail: { patientRef: ref, sessions: sessions.length } },
        manager,
      );
      return isNew;
    });
    return { created };
  }
}
