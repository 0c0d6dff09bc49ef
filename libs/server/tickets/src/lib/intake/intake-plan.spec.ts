import type { UserPrincipal } from '@navdesk/server/access';
import { InvalidInputException } from '@navdesk/server/core';
import type { CreateTicketDto } from './create-ticket.dto';
import type { IntakeItem } from './intake-item';
import { patientRefsOf, planBatch, type NamedPatient } from './intake-plan';

const SERVICE = 'service-1';
const pwp = (userId: string): UserPrincipal => ({ kind: 'user', userId, sessionId: `s-${userId}`, email: `${userId}@navdesk.test`, name: userId, role: 'pwp', serviceIds: [SERVICE] });
const NAVIGATOR: UserPrincipal = { ...pwp('nav'), role: 'navigator' };

function item(reporter: UserPrincipal, extra: Partial<CreateTicketDto> = {}, idempotencyKey: string | null = null): IntakeItem {
  const dto: CreateTicketDto = { kind: 'tech_support', title: 'Cannot log in', description: 'Reset e-mail missing', serviceId: SERVICE, ...extra };
  return {
    dto,
    reporter,
    idempotencyKey,
    text: { title: dto.title, titleMasked: dto.title, description: dto.description, descriptionMasked: dto.description },
    risk: { flag: false, matched: [], categories: [] },
    request: { requestId: null, ip: null },
  };
}

const PATIENTS: NamedPatient[] = [
  { id: 'p-own', ref: 'P-OWN1', serviceId: SERVICE, pwpId: 'alice' },
  { id: 'p-bob', ref: 'P-BOB1', serviceId: SERVICE, pwpId: 'bob' },
  { id: 'p-elsewhere', ref: 'P-ELSE', serviceId: 'service-2', pwpId: 'alice' },
];

describe('planBatch', () => {
  it('inserts every item that passes its checks, with the patient it names', () => {
    expect(planBatch([item(pwp('alice')), item(pwp('alice'), { patientRef: 'P-OWN1' }), item(NAVIGATOR, { patientRef: 'P-BOB1' })], PATIENTS)).toEqual([
      { kind: 'insert', patientId: null },
      { kind: 'insert', patientId: 'p-own' },
      { kind: 'insert', patientId: 'p-bob' },
    ]);
  });

  it('refuses only the item naming a patient outside the caseload: another PWP’s, another service’s, or none at all', () => {
    const plans = planBatch(
      [item(pwp('alice'), { patientRef: 'P-BOB1' }), item(pwp('alice')), item(pwp('alice'), { patientRef: 'P-ELSE' }), item(NAVIGATOR, { patientRef: 'P-NONE' })],
      PATIENTS,
    );
    expect(plans.map((p) => p.kind)).toEqual(['refused', 'insert', 'refused', 'refused']);
    const refused = plans[0];
    expect(refused?.kind === 'refused' && refused.error).toBeInstanceOf(InvalidInputException);
    expect(refused?.kind === 'refused' && refused.error.details).toEqual([{ field: 'patientRef', message: 'patientRef is not a patient in your caseload for this service' }]);
  });

  it('inserts the first item of a reporter’s key and answers the later ones with its ticket', () => {
    const plans = planBatch(
      [item(pwp('alice'), {}, 'key-0000001'), item(pwp('alice'), {}, 'key-0000001'), item(pwp('bob'), {}, 'key-0000001'), item(pwp('alice'), {}, 'key-0000002'), item(pwp('alice'), {}, 'key-0000001')],
      PATIENTS,
    );
    expect(plans.map((p) => p.kind)).toEqual(['insert', 'same-key', 'insert', 'insert', 'same-key']);
  });

  it('lets a refused item not claim its key: the next valid one with that key is inserted', () => {
    const plans = planBatch([item(pwp('alice'), { patientRef: 'P-BOB1' }, 'key-0000003'), item(pwp('alice'), {}, 'key-0000003')], PATIENTS);
    expect(plans.map((p) => p.kind)).toEqual(['refused', 'insert']);
  });
});

describe('patientRefsOf', () => {
  it('asks for each named patient once', () => {
    expect(patientRefsOf([item(pwp('alice'), { patientRef: 'P-OWN1' }), item(pwp('alice')), item(NAVIGATOR, { patientRef: 'P-OWN1' }), item(NAVIGATOR, { patientRef: 'P-BOB1' })])).toEqual(['P-OWN1', 'P-BOB1']);
  });
});
