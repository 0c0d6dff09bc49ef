import { Injectable } from '@nestjs/common';
import type { OutcomesReport } from '@navdesk/contracts';
import { londonToday, type ReportScope } from '../query/report-scope';
import { ConfidenceOutcomeService } from './confidence-outcome.service';
import { FlexibilityOutcomeService } from './flexibility-outcome.service';
import { FunctionalityOutcomeService } from './functionality-outcome.service';
import { formats, outcomeHeadline } from './outcome-headline';
import { periodWords, previousPeriod, type OutcomeScope } from './outcome-periods';
import { TimeOutcomeService } from './time-outcome.service';

/**
 * Outcomes: the study's four barriers, each for the period asked and the one of the same length before
 * it, with a plain sentence. Definitions: docs/report-definitions.md, "Outcomes".
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly functionality: FunctionalityOutcomeService,
    private readonly time: TimeOutcomeService,
    private readonly flexibility: FlexibilityOutcomeService,
    private readonly confidence: ConfidenceOutcomeService,
  ) {}

  /** `perPwp`: whether the caller may see each PWP's figures (navigators; managers see services only). */
  async report(scope: ReportScope, perPwp: boolean, now = new Date()): Promise<OutcomesReport> {
    const current = { from: scope.from, to: scope.to };
    const outcome: OutcomeScope = { serviceIds: scope.serviceIds, current, previous: previousPeriod(current), now };
    const when = periodWords(current, londonToday(now));
    const functionality = await this.functionality.figures(outcome);
    const time = await this.time.figures(outcome, perPwp);
    const flexibility = await this.flexibility.figures(outcome);
    const confidence = await this.confidence.figures(outcome);
    const questions = confidence.howDoIPerPwpMonth;
    return {
      ...scope,
      previous: outcome.previous,
      functionality: {
        headline: outcomeHeadline(
          functionality.disruptedTherapy,
          { better: 'Fewer sessions disrupted by tech', worse: 'More sessions disrupted by tech', same: 'As many sessions disrupted by tech', unknown: 'Too few answers about disrupted sessions to compare the two periods' },
          when,
          formats.percent,
        ),
        ...functionality,
      },
      time: {
        headline: outcomeHeadline(
          time.openedBeforeSession,
          { better: 'More briefs read before sessions', worse: 'Fewer briefs read before sessions', same: 'As many briefs read before sessions', unknown: 'Too few face-to-face sessions to compare briefs read before them' },
          when,
          formats.percent,
        ),
        ...time,
      },
      flexibility: {
        headline: outcomeHeadline(
          flexibility.medianHoursToDecision,
          { better: 'Faster tailoring decisions', worse: 'Slower tailoring decisions', same: 'Tailoring decisions as quick as before', unknown: 'Too few tailoring decisions to compare how quickly they came' },
          when,
          formats.hours,
        ),
        ...flexibility,
      },
      confidence: {
        headline: outcomeHeadline(
          { current: questions.after, previous: questions.before, betterWhen: 'down' },
          { better: 'Fewer “How do I…” questions', worse: 'More “How do I…” questions', same: 'As many “How do I…” questions', unknown: 'Too few PWPs trained a month ago or more to compare their questions before and after' },
          'after training',
          formats.plain,
          ' a PWP a month',
        ),
        ...confidence,
      },
    };
  }
}
