/**
 * Outcomes: the study's four barriers (functionality, time, flexibility, confidence) measured for
 * managers (contract v2, Outcomes). Every figure is given for the chosen period and for the period of
 * the same length just before it. Definitions: docs/report-definitions.md, "Outcomes".
 *
 * Suppression is as in every report: a count of patients from 1 to 4 is '<5', and a share, mean or
 * median computed over 1–4 items (patients, tickets, sessions, requests, attendances) is null with
 * `suppressed: true`.
 */
import type { z } from 'zod';
import type * as s from './schemas/outcomes.schema';

/** One figure in the period and the one before it. `null` when there is nothing to compute, or it is suppressed. */
export type OutcomeFigure = z.output<typeof s.OutcomeFigureSchema>;
export type OutcomesReport = z.output<typeof s.OutcomesReportSchema>;
export type FunctionalityOutcome = OutcomesReport['functionality'];
export type TimeOutcome = OutcomesReport['time'];
export type FlexibilityOutcome = OutcomesReport['flexibility'];
export type ConfidenceOutcome = OutcomesReport['confidence'];
/** The plain sentence a barrier carries, e.g. "Fewer sessions disrupted by tech this quarter (12 % → 7 %)". */
export type OutcomeHeadline = FunctionalityOutcome['headline'];
export type BriefOpeningFigures = Pick<TimeOutcome, 'openedBeforeSession' | 'medianMinutesBefore'>;
