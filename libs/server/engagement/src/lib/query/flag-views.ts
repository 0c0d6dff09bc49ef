import type { PatientFlagView } from '@navdesk/contracts';
import type { PatientFlagEntity } from '../entities/patient-flag.entity';

export function toFlagView(f: PatientFlagEntity, patientRef: string): PatientFlagView {
  return {
    id: f.id,
    patientRef,
    kind: f.kind,
    cause: f.cause,
    status: f.status,
    detail: f.detail,
    raisedAt: f.raisedAt.toISOString(),
    clearedAt: f.clearedAt ? f.clearedAt.toISOString() : null,
  };
}
