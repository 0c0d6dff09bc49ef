import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { ReportsApi } from '@navdesk/console/data-access';
import { ReportSectionComponent } from '@navdesk/console/ui';
import { ChartComponent, type ChartData } from '@navdesk/console/ui/chart';
import {
  CATEGORY_LABELS,
  REPORT_INTERVALS,
  THEME_LABELS,
  THEMES,
  TICKET_CATEGORIES,
  UsabilityTrendsReport,
} from '@navdesk/contracts';
import { ReportExportComponent } from '../export/report-export.component';
import {
  BUCKET_HEADINGS,
  bucketLabel,
  spansYears,
} from '../filters/report-dates';
import {
  exportParams,
  ReportFilters,
  windowQuery,
} from '../filters/report-filters';
import { injectReport } from './report-loader';

const GROUP_LABELS: Record<string, string> = {
  ...THEME_LABELS,
  ...CATEGORY_LABELS,
};

const PER_INTERVAL: Record<(typeof REPORT_INTERVALS)[number], string> = {
  day: 'per day',
  week: 'per week',
  month: 'per month',
};

interface TrendsView {
  empty: boolean;
  total: number;
  fixable: number;
  notFixable: number;
  unknown: number;
  top: { label: string; count: number } | null;
  groups: ChartData;
  fixability: ChartData;
}

/** Every key of the grouping in the contracts' order, then any the API adds. */
function groupKeys(report: UsabilityTrendsReport): string[] {
  const known: readonly string[] =
    report.groupBy === 'theme' ? THEMES : TICKET_CATEGORIES;
  const seen = new Set(report.buckets.flatMap((b) => Object.keys(b.counts)));
  return [
    ...known.filter((key) => seen.has(key)),
    ...[...seen].filter((key) => !known.includes(key)),
  ];
}

export function trendsView(report: UsabilityTrendsReport): TrendsView {
  const withYear = spansYears(report.buckets.map((b) => b.start));
  const labels = report.buckets.map((b) =>
    bucketLabel(b.start, report.interval, withYear),
  );
  const keys = groupKeys(report);
  const sum = (pick: (b: UsabilityTrendsReport['buckets'][number]) => number) =>
    report.buckets.reduce((total, b) => total + pick(b), 0);
  const total = sum((b) => b.total);
  const fixable = sum((b) => b.fixable);
  const notFixable = sum((b) => b.notFixable);
  const byKey = keys
    .map((key) => ({
      label: GROUP_LABELS[key] ?? key,
      count: sum((b) => b.counts[key] ?? 0),
    }))
    .sort((a, b) => b.count - a.count);
  return {
    empty: total === 0,
    total,
    fixable,
    notFixable,
    unknown: Math.max(0, total - fixable - notFixable),
    top: byKey.length > 0 && byKey[0].count > 0 ? byKey[0] : null,
    groups: {
      labels,
      series: keys.map((key) => ({
        label: GROUP_LABELS[key] ?? key,
        values: report.buckets.map((b) => b.counts[key] ?? 0),
      })),
    },
    fixability: {
      labels,
      series: [
        { label: 'Fixable', values: report.buckets.map((b) => b.fixable) },
        {
          label: 'Not fixable (needs vendor)',
          values: report.buckets.map((b) => b.notFixable),
        },
      ],
    },
  };
}

/** Tickets over time in the study's themes (or by category), and how many can be fixed here. */
@Component({
  selector: 'nd-usability-trends-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportSectionComponent, ReportExportComponent, ChartComponent],
  template: `
    <nd-report-section
      heading="Usability trends"
      name="usability-trends"
      lead="Tickets raised, in the study's four themes or by category, and whether each problem can be fixed here or needs the vendor."
      [loading]="report.loading()"
      [error]="report.error()"
      (retry)="report.load()"
    >
      <nd-report-export
        ndReportActions
        report="usability-trends"
        section="Usability trends"
        [params]="exportParams()"
      />
      @if (view(); as v) {
        @if (v.empty) {
          <p class="nd-report-muted" data-testid="trends-empty">
            No tickets were raised in this period.
          </p>
        } @else {
          <dl class="nd-report-figures" data-testid="trends-figures">
            <div>
              <dt>Tickets raised</dt>
              <dd>{{ v.total }}</dd>
            </div>
            <div>
              <dt>Fixable</dt>
              <dd>{{ v.fixable }}</dd>
            </div>
            <div>
              <dt>Not fixable (needs vendor)</dt>
              <dd>{{ v.notFixable }}</dd>
            </div>
            @if (v.unknown > 0) {
              <div>
                <dt>Fixability not yet known</dt>
                <dd>{{ v.unknown }}</dd>
              </div>
            }
            @if (v.top; as top) {
              <div>
                <dt>Most reported</dt>
                <dd>
                  {{ top.label }} <small>{{ top.count }} tickets</small>
                </dd>
              </div>
            }
          </dl>
          <nd-chart
            kind="bar"
            yTitle="Tickets"
            [stacked]="true"
            [caption]="groupsCaption()"
            [categoryLabel]="bucketHeading()"
            [data]="v.groups"
            [height]="280"
          />
          <h3>Fixable and not fixable</h3>
          <nd-chart
            kind="line"
            yTitle="Tickets"
            [caption]="fixabilityCaption()"
            [categoryLabel]="bucketHeading()"
            [data]="v.fixability"
          />
        }
      }
    </nd-report-section>
  `,
})
export class UsabilityTrendsSectionComponent {
  readonly #api = inject(ReportsApi);

  readonly filters = input.required<ReportFilters>();

  readonly #params = computed(
    () => {
      const { from, to, serviceId, interval, groupBy } = this.filters();
      return { from, to, serviceId, interval, groupBy };
    },
    {
      equal: (a, b) =>
        a.from === b.from &&
        a.to === b.to &&
        a.serviceId === b.serviceId &&
        a.interval === b.interval &&
        a.groupBy === b.groupBy,
    },
  );
  readonly report = injectReport({
    params: this.#params,
    fetch: (p) =>
      this.#api.usabilityTrends({
        ...windowQuery(p),
        interval: p.interval,
        groupBy: p.groupBy,
      }),
    live: ['ticket.changed', 'incident.changed'],
  });

  readonly exportParams = computed(() =>
    exportParams('usability-trends', this.filters()),
  );
  readonly view = computed(() => {
    const report = this.report.data();
    return report ? trendsView(report) : null;
  });
  readonly #interval = computed(
    () => this.report.data()?.interval ?? this.filters().interval,
  );
  readonly bucketHeading = computed(() => BUCKET_HEADINGS[this.#interval()]);
  readonly groupsCaption = computed(() => {
    const by = this.report.data()?.groupBy ?? this.filters().groupBy;
    return `Tickets by ${by}, ${PER_INTERVAL[this.#interval()]}`;
  });
  readonly fixabilityCaption = computed(
    () => `Fixable and not fixable tickets, ${PER_INTERVAL[this.#interval()]}`,
  );
}
