/** Pure engagement rules (no I/O, no framework): flags, mood trend, module due dates, the pre-session brief. */
export type {
  LoginSignal,
  MandatoryModuleSignal,
  MoodSignal,
  PatientSignals,
  RaisedFlag,
} from './flag-inputs';
export { assertFlagThresholds, evaluateFlags } from './flag-rules';
export { classifyCause, versionLoginsStoppedAfter } from './flag-cause';
export type { CauseClassification } from './flag-cause';
export {
  MOOD_TREND_LOOKBACK_DAYS,
  MOOD_TREND_TOLERANCE_DAYS,
  moodTrend,
} from './mood-trend';
export {
  MODULE_INTERVAL_DAYS_WITHOUT_SESSIONS,
  mandatoryDueDates,
} from './module-due-dates';
export type { ModuleDueDate } from './module-due-dates';
export { composeBrief } from './brief';
export type { BriefInput } from './brief';
export { nextWorkingDaysWindow } from './working-days';
export { formatDay, londonDay } from './london-time';
