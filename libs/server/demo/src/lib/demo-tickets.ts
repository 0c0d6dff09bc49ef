import type { Severity, TicketKind } from '@navdesk/contracts';

/** The study's faults, as PWPs would write them. `{ref}` is replaced by one of the PWP's patients. */
export interface DemoFault {
  kind: TicketKind;
  titles: string[];
  description: string;
  severity: Severity;
  withPatient: boolean;
  /** Share of all demo tickets (weights). */
  weight: number;
}

export const DEMO_FAULTS: DemoFault[] = [
  { kind: 'tech_support', titles: ['Patient cannot log in', 'Patient locked out of the programme', 'Password reset link not arriving'], description: 'My patient cannot log in to the programme since last week; the password reset email does not arrive. Session on Thursday.', severity: 'high', withPatient: true, weight: 22 },
  { kind: 'usability_incident', titles: ['Too many notifications from the app', 'App sends reminders every few hours', 'Patient overwhelmed by app reminders'], description: 'Patient says the app sends too many notifications and reminders, so they have started ignoring it and dismissing them all.', severity: 'medium', withPatient: false, weight: 18 },
  { kind: 'usability_incident', titles: ['Mandatory module not appropriate', 'Depression module does not fit anxiety', 'Mandatory module does not suit co-morbid anxiety'], description: 'The mandatory module does not fit my patient with co-morbid anxiety; the content only covers depression and they feel it is not for them.', severity: 'medium', withPatient: false, weight: 14 },
  { kind: 'usability_incident', titles: ['App crashes on opening', 'App closes straight away after update', 'App freezes on the mood screen'], description: 'Since the latest update the app crashes and closes as soon as the patient opens it on their phone.', severity: 'high', withPatient: false, weight: 14 },
  { kind: 'tech_support', titles: ['How do I see module progress?', 'How do I find the mood diary?', 'Not sure how to assign a module'], description: 'How do I see which modules my patient has completed before the session? Not sure where to find it.', severity: 'low', withPatient: false, weight: 14 },
  { kind: 'tech_support', titles: ['Mood ratings not syncing', 'Mood data missing for last week'], description: 'Mood ratings the patient entered are not showing in the programme; data seems to be missing or not syncing.', severity: 'medium', withPatient: true, weight: 8 },
  { kind: 'tech_support', titles: ['Screen reader cannot read the module', 'Text too small for patient'], description: 'Patient uses a screen reader and the module text is not read out; font size is too small to read.', severity: 'medium', withPatient: false, weight: 4 },
  { kind: 'tech_support', titles: ['How do I help a patient choose modules?', 'What is my role in the online sessions?', 'How do I introduce the app to a new patient?', 'Not sure what the blended programme expects of me'], description: 'Not sure how to do this with my patients; is there a guide or a session I could join?', severity: 'low', withPatient: false, weight: 8 },
  { kind: 'tech_support', titles: ['No time to review online progress'], description: 'I do not have time before sessions to look at the online progress; it takes too long to find.', severity: 'low', withPatient: false, weight: 6 },
];

export const DEMO_REPLIES = [
  'Thanks — I have asked the programme to send a new reset link. Could you let me know if your patient gets back in?',
  'I have lowered the reminder frequency to every 3 days for this patient.',
  'This is a known problem with the latest app version; we have passed it to the vendor.',
  'You can find module progress on the patient page under “Modules”. Happy to show you in the next training session.',
];

/** Over the whole history (demo-history.ts), about 800 of them in the last 12 weeks. */
export const DEMO_TICKET_COUNT = 1_500;
