import { PROGRAMME_MODULE_IDS, type EngagementEventInput } from '@navdesk/contracts';

/** The b-CBT programme's online modules (ids), in the order patients usually take them. */
export const PROGRAMME_MODULES = PROGRAMME_MODULE_IDS;

/** The first modules are the ones services usually make mandatory. */
export const MANDATORY_MODULES = PROGRAMME_MODULES.slice(0, 4);

/** The app release that breaks log-in for some patients, and the version before it. */
export const APP_VERSION_BEFORE = '4.2.1';
export const APP_VERSION_AFTER = '4.3.0';
/** The release goes out this many days before the story's anchor day. */
export const APP_RELEASE_DAYS_AGO = 9;

/** A typical plan: 12 weeks of the online programme, from 12 weeks before the anchor day. */
export const PROGRAMME_WEEKS = 12;

export const PERSONAS = ['thriving', 'drifting', 'app_update', 'notification_burdened'] as const;
export type Persona = (typeof PERSONAS)[number];

/** What the simulator sends: the contract's event, plus the app version a log-in came from. */
export interface SimEngagementEvent extends EngagementEventInput {
  /** login only: the app version the patient logged in with. */
  appVersion?: string;
}
