import type { FlagCause, FlagKind } from '@navdesk/contracts';

/** What the flag rules know about one patient at `now`. Patient-free: no ref, no names. */
export interface PatientSignals {
  now: Date;
  /** When the patient entered the register: flags about silence never fire before the patient had the time. */
  registeredAt: Date;
  /** The last ~30 days, any order. `appVersion` null when the programme did not report it. */
  logins: LoginSignal[];
  /** Ratings 0–10, the last ~30 days, any order. */
  moods: MoodSignal[];
  /** notification_dismissed times, the last ~30 days, any order. */
  dismissals: Date[];
  mandatoryModules: MandatoryModuleSignal[];
  /** A log-in reset queued, sent or failed in the last 7 days. */
  pendingReset: boolean;
  /** An open tech-support ticket about this patient. */
  openTechTicket: boolean;
}

export interface LoginSignal {
  at: Date;
  appVersion: string | null;
}

export interface MoodSignal {
  at: Date;
  value: number;
}

export interface MandatoryModuleSignal {
  moduleId: string;
  dueAt: Date | null;
  completedAt: Date | null;
}

/** A flag whose condition holds now; the caller raises new ones and clears those no longer returned. */
export interface RaisedFlag {
  kind: FlagKind;
  cause: FlagCause;
  /** Plain English for a navigator, without the patient's ref. */
  detail: string;
}
