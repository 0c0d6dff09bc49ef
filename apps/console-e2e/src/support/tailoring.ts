import type { Page, PatientListItem, TailoringRequestView } from '@navdesk/contracts';
import type { ApiSession } from './api-as';

/** One of the PWP's patients with no tailoring request yet, so its plan is still the mandatory four. */
export async function patientWithoutTailoring(pwp: ApiSession): Promise<string> {
  const caseload = await pwp.call<Page<PatientListItem>>('GET', '/api/patients?limit=200');
  for (const p of caseload.items) {
    const requests = await pwp.call<TailoringRequestView[]>('GET', `/api/patients/${p.patientRef}/tailoring-requests`);
    if (requests.length === 0) return p.patientRef;
  }
  throw new Error('every patient of this PWP already has a tailoring request');
}
