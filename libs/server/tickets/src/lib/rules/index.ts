/** Pure ticket rules (no I/O, no framework) called by the tickets worker. */
export { BusinessCalendar, WEEKDAYS } from './business-calendar';
export type { BusinessCalendarOptions, Weekday } from './business-calendar';
export { ENGLAND_AND_WALES_BANK_HOLIDAYS, englandAndWalesCalendar, loadBankHolidays } from './bank-holidays';
export type { BankHoliday } from './bank-holidays';
export { classifyTicket, DEFAULT_TRIAGE_RULES, loadTriageRules } from './triage-rules';
export type { Classification, ClassifyInput, TriageRule, TriageRuleDefinition } from './triage-rules';
export { priorityFor, SESSION_URGENCY_HOURS } from './priority';
export type { PriorityInput } from './priority';
export { firstResponseDueAt, pausedBusinessMinutes, SESSION_MARGIN_MINUTES, SLA_TARGETS, slaDueAt } from './sla';
export type { PauseInterval, SlaDueInput } from './sla';
export { DEFAULT_RISK_PHRASES, detectRisk, loadRiskPhrases, RISK_CATEGORIES } from './risk-phrases';
export type { RiskCategory, RiskDetection, RiskPhraseMatcher } from './risk-phrases';
export { DEFAULT_SIMILARITY_THRESHOLD, normaliseForSimilarity, trigrams, trigramSimilarity } from './similarity';
export { eventBody, incidentTitle, ticketText } from './free-text';
