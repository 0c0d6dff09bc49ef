import type { OutcomeFigure, OutcomeHeadline } from '@navdesk/contracts';

/** The words of one barrier's sentence, for each way its figure can have moved. */
export interface HeadlineWording {
  better: string;
  worse: string;
  same: string;
  /** When either value is missing or withheld: nothing to compare. */
  unknown: string;
}

type Comparable = Pick<OutcomeFigure, 'current' | 'previous' | 'betterWhen'>;

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Value formats for the bracket: "12 %", "30 h", "2.1". */
export const formats = {
  percent: (n: number) => `${number.format(n)} %`,
  hours: (n: number) => `${number.format(n)} h`,
  plain: (n: number) => number.format(n),
};

export function trendOf(figure: Comparable): OutcomeHeadline['trend'] {
  const { current, previous } = figure;
  if (current === null || previous === null) return 'unknown';
  if (current === previous) return 'same';
  return (current < previous) === (figure.betterWhen === 'down') ? 'better' : 'worse';
}

/**
 * A barrier's plain sentence, e.g. "Fewer sessions disrupted by tech this quarter (12 % → 7 %)": the
 * wording for the way the figure moved, when (`when`: "this quarter", "after training"), then the
 * earlier and later values. With nothing to compare, the `unknown` wording and no bracket.
 */
export function outcomeHeadline(figure: Comparable, wording: HeadlineWording, when: string, format: (n: number) => string, unit = ''): OutcomeHeadline {
  const trend = trendOf(figure);
  if (trend === 'unknown') return { text: wording.unknown, trend };
  const bracket = `(${format(figure.previous as number)} → ${format(figure.current as number)}${unit})`;
  return { text: `${wording[trend]} ${when} ${bracket}`, trend };
}
