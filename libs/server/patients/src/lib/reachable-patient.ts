import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserPrincipal } from '@navdesk/server/access';
import { InvalidInputException } from '@navdesk/server/core';
import { PATIENT_REF_PATTERN } from './patient-ref';
import { PatientEntity } from './patient.entity';

/**
 * The patient named by `ref`, if the caller may act for them: a PWP their own patients, a navigator
 * the patients of their services. Anyone else gets the same 404 as for a ref that does not exist,
 * so a ref's existence is not leaked across caseloads.
 */
export async function findReachablePatient(manager: EntityManager, ref: string, user: UserPrincipal, field = 'patientRef'): Promise<PatientEntity> {
  if (!PATIENT_REF_PATTERN.test(ref)) throw new InvalidInputException([{ field, message: `${field} must look like P-7QK2M9` }]);
  const patient = await manager.findOne(PatientEntity, { where: { ref } });
  const reachable =
    patient &&
    user.serviceIds.includes(patient.serviceId) &&
    (user.role === 'navigator' || (user.role === 'pwp' && patient.pwpId === user.userId));
  if (!patient || !reachable) throw new NotFoundException('No such patient in your caseload');
  return patient;
}
