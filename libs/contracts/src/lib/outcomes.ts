/**
 * Outcomes: the study's four barriers (functionality, time, flexibility, confidence) measured for
 * managers (contract v2, Outcomes). Every figure is given for the chosen period and for the period of
 * the same length just before it. Definitions: docs/report-definitions.md, "Outcomes".
 *
 * Suppression is as in every report: a count of patients from 1 to 4 is '<5', and a share, mean or
 * median computed over 1–4 items (patients, tickets, sessions, requests, attendances) is null with
 * `suppressed: true`.
 */
import type { PatientCount, ReportWindow } from './reports';
import type { Theme } from './tickets';

/** One figure in the period and the one before it. `null` when there is nothing to compute, or it is suppressed. */
export interface OutcomeFigure {
  current: number | null;
  previous: number | null;
  /** The number of items the current value is computed over (tickets, sessions, requests…), suppressed when small. */
  currentBase: PatientCount;
  previousBase: PatientCount;
  /** True when either value is hidden because its base is 1–4. */
  suppressed: boolean;
  /** Which direction is the better one, so the console can say "improved" or "worsened". */
  betterWhen: 'up' | 'down';
}

/** The plain sentence a barrier carries, e.g. "Fewer sessions disrupted by tech this quarter (12 % → 7 %)". */
export interface OutcomeHeadline {
  text: string;
  trend: 'better' | 'worse' | 'same' | 'unknown';
}

export interface FunctionalityOutcome {
  headline: OutcomeHeadline;
  /** % of patient-related tickets resolved before that patient's next face-to-face session (of those whose next session has started). */
  resolvedBeforeNextSession: OutcomeFigure;
  /** % of resolved tickets with feedback whose reporter answered "it disrupted therapy". */
  disruptedTherapy: OutcomeFigure;
  /** Median minutes from raised to resolved of tickets resolved in the period, by theme (themes with no resolved ticket in either period left out). */
  medianResolutionMinutesByTheme: { theme: Theme; figure: OutcomeFigure }[];
  /** Tickets marked fixable / not fixable (directly or through their incident), by month of raising (London), over both periods. */
  fixabilityByMonth: { month: string; fixable: number; notFixable: number }[];
}

export interface BriefOpeningFigures {
  /** % of face-to-face sessions held in the period whose brief was opened before the session started. */
  openedBeforeSession: OutcomeFigure;
  /** Median minutes between the first opening of the brief and the session's start (opened before only). */
  medianMinutesBefore: OutcomeFigure;
}

export interface TimeOutcome extends BriefOpeningFigures {
  headline: OutcomeHeadline;
  byService: ({ serviceId: string; serviceName: string } & BriefOpeningFigures)[];
  /** Per PWP: given to navigators only (managers get `null`), never with a patient reference. */
  byPwp: ({ pwpId: string; pwpName: string } & BriefOpeningFigures)[] | null;
}

export interface FlexibilityOutcome {
  headline: OutcomeHeadline;
  /** Median hours from a tailoring request to its decision. */
  medianHoursToDecision: OutcomeFigure;
  /** % of decided requests that were approved. */
  approvedShare: OutcomeFigure;
  /** % of approved requests that were applied in the programme. */
  appliedShare: OutcomeFigure;
  /** Modules most asked away (skip or replace), in the current period. */
  topAskedAway: { moduleId: string; title: string; requests: PatientCount }[];
  /**
   * Per programme module started in either period: % of the patients who started it in the period who had
   * not completed it by the period's end, for patients whose plan got the module by tailoring (added, or
   * as a replacement) against those whose did not.
   */
  dropOutByModule: { moduleId: string; title: string; tailored: OutcomeFigure; notTailored: OutcomeFigure }[];
}

export interface ConfidenceOutcome {
  headline: OutcomeHeadline;
  /** Mean of (confidence after − before) per training module, over attendances recorded in the period. */
  meanChangeByModule: { moduleId: string; title: string; figure: OutcomeFigure }[];
  /**
   * "How do I…" tickets per PWP per month, in the months before and after that PWP's training on the
   * ticket's topic (PWPs trained in the current period; months are 30-day windows either side).
   */
  howDoIPerPwpMonth: { before: number | null; after: number | null; pwps: PatientCount; suppressed: boolean };
}

export interface OutcomesReport extends ReportWindow {
  /** The period before: same length, ending the day before `from`. */
  previous: { from: string; to: string };
  functionality: FunctionalityOutcome;
  time: TimeOutcome;
  flexibility: FlexibilityOutcome;
  confidence: ConfidenceOutcome;
}
