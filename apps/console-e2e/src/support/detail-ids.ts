import type { IncidentView, KbArticleView, Page, PatientListItem, PreSessionBrief, Role, TicketView, TrainingSessionView, UserListItem } from '@navdesk/contracts';
import { apiAs, type ApiSession } from './api-as';
import { DEMO_USERS } from './demo-users';

/** One of each kind of detail page a role can open, from the demo's data. */
export interface DetailIds {
  ticket: string;
  incident: string;
  /** A patient of pwp01 (in nav1's services), with a face-to-face session soon when there is one, so the brief has content. */
  patient: string;
  kbArticle: string;
  trainingSession: string;
  user: string;
}

async function first<T>(session: ApiSession, path: string): Promise<T> {
  const page = await session.call<Page<T>>('GET', path);
  const item = page.items[0];
  if (!item) throw new Error(`the demo has nothing at ${path}`);
  return item;
}

async function briefPatient(): Promise<string> {
  const pwp = await apiAs(DEMO_USERS.pwp.email);
  const briefs = await pwp.call<PreSessionBrief[]>('GET', '/api/briefs/today');
  return briefs[0]?.patientRef ?? (await first<PatientListItem>(pwp, '/api/patients?limit=1')).patientRef;
}

/** For pages that open no detail (signed out). */
export const NO_DETAIL_IDS: DetailIds = { ticket: '', incident: '', patient: '', kbArticle: '', trainingSession: '', user: '' };

/** What `role` can open: ids it is allowed to read (the rest are left empty, and never visited). */
export async function detailIdsFor(role: Role): Promise<DetailIds> {
  const me = await apiAs(DEMO_USERS[role].email);
  const ids: DetailIds = { ...NO_DETAIL_IDS };
  ids.kbArticle = (await first<KbArticleView>(me, '/api/kb/articles?limit=1')).id;
  if (role === 'admin') {
    // A PWP's page: their services and role, the fullest of the user pages.
    const users = await me.call<Page<UserListItem>>('GET', '/api/users?limit=50');
    const pwp = users.items.find((u) => u.role === 'pwp');
    if (!pwp) throw new Error('the demo has no PWP among the first 50 users');
    ids.user = pwp.id;
    return ids;
  }
  if (role === 'navigator') {
    // An open ticket past its SLA, as a navigator back from leave finds them.
    const breached = await me.call<Page<TicketView>>('GET', '/api/tickets?status=in_progress&breached=true&limit=1');
    ids.ticket = breached.items[0]?.id ?? (await first<TicketView>(me, '/api/tickets?limit=1')).id;
    ids.trainingSession = (await first<TrainingSessionView>(me, '/api/training/sessions?limit=1')).id;
  } else {
    ids.ticket = (await first<TicketView>(me, '/api/tickets?limit=1')).id;
  }
  if (role !== 'pwp') ids.incident = (await first<IncidentView>(me, '/api/incidents?limit=1')).id;
  if (role !== 'manager') ids.patient = await briefPatient();
  return ids;
}
