import type { TicketCategory } from '@navdesk/contracts';

/** Ten short articles for the faults PWPs meet most (the study's four themes). */
export const DEMO_KB_ARTICLES: { title: string; summary: string; body: string; category: TicketCategory; tags: string[] }[] = [
  {
    title: 'A patient cannot log in to the programme',
    summary: 'Check the e-mail they registered with, then ask for a log-in reset from the patient’s page.',
    body: 'Most log-in failures are a mistyped or old e-mail address, or an account locked after several wrong passwords.\n\n1. Confirm the e-mail address the patient registered with.\n2. Ask them to use “Forgot password” once and wait five minutes.\n3. Still locked out? Use “Reset log-in” on the patient’s page: the programme sends a new link and Navdesk tells you when they are back in.',
    category: 'login_access',
    tags: ['login', 'password', 'locked', 'reset'],
  },
  {
    title: 'The reset link has expired',
    summary: 'Reset links last 72 hours. Request a new reset; the old link stops working.',
    body: 'Programme reset links expire after 72 hours. Request another reset from the patient’s page. If the patient says no e-mail arrives, check their spam folder and that the address is current.',
    category: 'login_access',
    tags: ['reset', 'link', 'expired', 'email'],
  },
  {
    title: 'Too many app notifications',
    summary: 'A navigator can lower reminder frequency and set quiet hours for a patient.',
    body: 'Patients in the study found daily reminders too many. A navigator can change a patient’s reminders to every 3 days or weekly, and set quiet hours, without the patient losing their mood diary. Raise a tech-support ticket naming the patient and the frequency they would like.',
    category: 'notifications',
    tags: ['notifications', 'reminders', 'too many', 'quiet hours'],
  },
  {
    title: 'The app closes as soon as it opens',
    summary: 'Update the app and the phone’s system; if it still crashes, report the phone model and app version.',
    body: 'Crashes on start-up usually follow an app or system update. Ask the patient to update both and restart the phone. If it still crashes, raise a usability incident with the phone model and app version (Settings → About) — repeated reports are grouped so the vendor sees the scale.',
    category: 'app_crash',
    tags: ['crash', 'closes', 'freeze', 'update'],
  },
  {
    title: 'Mood ratings are not showing in the programme',
    summary: 'Ratings sync when the app is online; ask the patient to open the app on Wi-Fi.',
    body: 'The app stores ratings on the phone until it can reach the programme. Ask the patient to open the app on Wi-Fi for a minute. Ratings older than a week that never arrived cannot be recovered; note it for the session.',
    category: 'data_sync',
    tags: ['mood', 'sync', 'missing', 'ratings'],
  },
  {
    title: 'A mandatory module does not suit my patient',
    summary: 'Ask for a tailoring request: skip, replace or add a module, with your reason.',
    body: 'Mandatory modules cover depression; some patients also have anxiety or other needs. You can ask a navigator to skip or replace a module, or add one, for one patient. Give the reason in a sentence; the decision and the change reach the programme for you.',
    category: 'module_content',
    tags: ['module', 'mandatory', 'tailor', 'anxiety', 'comorbid'],
  },
  {
    title: 'Making the programme easier to read',
    summary: 'Text size, contrast and the screen reader are set on the phone, not in the app.',
    body: 'The app follows the phone’s text size and contrast settings, and works with VoiceOver and TalkBack. For patients with dyslexia, the audio version of each module is under “Listen”.',
    category: 'accessibility',
    tags: ['accessibility', 'font size', 'screen reader', 'dyslexia'],
  },
  {
    title: 'How do I see a patient’s progress before a session?',
    summary: 'Open the patient’s pre-session brief: modules, mood, log-ins and open issues on one page.',
    body: 'Each face-to-face session has a brief prepared by Navdesk the day before: modules done since last time, mood with its range, log-in gaps and any open tech issues. Open it from your caseload or from “Today’s briefs”.',
    category: 'other',
    tags: ['how do i', 'progress', 'brief', 'before session'],
  },
  {
    title: 'How do I help a patient choose modules?',
    summary: 'Start with the mandatory modules, then pick one optional module that matches their goals.',
    body: 'Agree goals first, then look at the optional modules together. Navigator-led training sessions cover this; book one from Training.',
    category: 'module_content',
    tags: ['how do i', 'modules', 'choose', 'goals', 'confidence'],
  },
  {
    title: 'The programme is slow or will not load',
    summary: 'Check the service status; if others report it too, it is grouped into an incident.',
    body: 'If pages take long to load for several patients, raise a usability incident. Navdesk groups the same report from many PWPs into one incident so navigators and the vendor see one problem, not fifty.',
    category: 'app_crash',
    tags: ['slow', 'loading', 'not loading', 'outage'],
  },
];
