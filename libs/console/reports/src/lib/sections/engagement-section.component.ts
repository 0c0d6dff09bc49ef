import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ReportsApi } from '@navdesk/console/data-access';
import { FLAG_KIND_LABELS, ReportSectionComponent } from '@navdesk/console/ui';
import { ChartComponent, type ChartData } from '@navdesk/console/ui/chart';
import type { EngagementReport } from '@navdesk/contracts';
import { ReportExportComponent } from '../export/report-export.component';
import { bucketLabel, spansYears } from '../filters/report-dates';
import {
  exportParams,
  ReportFilters,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import { PatientCountComponent } from '../format/patient-count.component';
import {
  formatPercent,
  HIDDEN_COUNT_NOTE,
  isHiddenCount,
  patientCountCell,
  patientCountValue,
} from '../format/report-format';
import { injectReport } from './report-loader';

const FLAG_LABELS: Record<string, string> = FLAG_KIND_LABELS;

type WeekCount = keyof Omit<EngagementReport['weeks'][number], 'start'>;

const WEEK_SERIES: readonly { key: WeekCount; label: string }[] = [
  { key: 'activePatients', label: 'Active patients' },
  { key: 'modulesCompleted', label: 'Modules completed' },
  { key: 'flagsRaised', label: 'Flags raised' },
  { key: 'flagsCleared', label: 'Flags cleared' },
];

/** The weekly chart: a hidden count ('<5') is a gap, written "<5" in the table. */
export function engagementWeeks(report: EngagementReport): ChartData {
  const withYear = spansYears(report.weeks.map((w) => w.start));
  return {
    labels: report.weeks.map((w) => bucketLabel(w.start, 'week', withYear)),
    series: WEEK_SERIES.map(({ key, label }) => ({
      label,
      values: report.weeks.map((w) => patientCountValue(w[key])),
      cellText: report.weeks.map((w) => patientCountCell(w[key])),
    })),
  };
}

/** Whether any count of the report was hidden to protect privacy. */
function hasHiddenCount(report: EngagementReport): boolean {
  return [
    report.patients,
    report.activePatients,
    report.modulesCompleted,
    report.notificationChanges,
    report.resetsCompleted,
    ...report.flags.flatMap((f) => [f.raised, f.cleared]),
    ...report.weeks.flatMap((w) => WEEK_SERIES.map(({ key }) => w[key])),
  ].some(isHiddenCount);
}

/** Patients' use of the digital programme in aggregate: never one patient. */
@Component({
  selector: 'nd-engagement-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    ReportSectionComponent,
    ReportExportComponent,
    PatientCountComponent,
    ChartComponent,
  ],
  template: `
    <nd-report-section
      heading="Engagement"
      name="engagement"
      lead="How patients of these services used the digital programme in this period, in aggregate."
      [loading]="report.loading()"
      [error]="report.error()"
      (retry)="report.load()"
    >
      <nd-report-export
        ndReportActions
        report="engagement"
        section="Engagement"
        [params]="exportParams()"
      />
      @if (report.data(); as data) {
        <dl class="nd-report-figures" data-testid="engagement-figures">
          <div>
            <dt>Patients</dt>
            <dd><nd-patient-count [value]="data.patients" /></dd>
          </div>
          <div>
            <dt>Active patients</dt>
            <dd data-testid="engagement-active">
              <nd-patient-count [value]="data.activePatients" />
              <small>logged in at least once</small>
            </dd>
          </div>
          <div>
            <dt>Modules completed</dt>
            <dd><nd-patient-count [value]="data.modulesCompleted" /></dd>
          </div>
          <div>
            <dt>Module completion</dt>
            <dd data-testid="engagement-completion">
              {{ percent(data.moduleCompletionRate) }}
              <small>{{
                data.moduleCompletionRate === null
                  ? 'no modules started'
                  : 'of modules started'
              }}</small>
            </dd>
          </div>
          <div>
            <dt>Reminders lowered</dt>
            <dd><nd-patient-count [value]="data.notificationChanges" /></dd>
          </div>
          <div>
            <dt>Log-in resets completed</dt>
            <dd data-testid="engagement-resets">
              <nd-patient-count [value]="data.resetsCompleted" />
            </dd>
          </div>
        </dl>

        <h3 id="engagement-flags-heading">Flags raised and cleared</h3>
        @if (data.flags.length === 0) {
          <p class="nd-report-muted">No flags in this period.</p>
        } @else {
          <div class="nd-table-card">
            <table
              mat-table
              [dataSource]="data.flags"
              aria-labelledby="engagement-flags-heading"
            >
              <ng-container matColumnDef="kind">
                <th mat-header-cell *matHeaderCellDef scope="col">Flag</th>
                <td mat-cell *matCellDef="let row">
                  {{ flagLabel(row.kind) }}
                </td>
              </ng-container>
              <ng-container matColumnDef="raised">
                <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                  Raised
                </th>
                <td mat-cell *matCellDef="let row" class="num">
                  <nd-patient-count [value]="row.raised" />
                </td>
              </ng-container>
              <ng-container matColumnDef="cleared">
                <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                  Cleared
                </th>
                <td mat-cell *matCellDef="let row" class="num">
                  <nd-patient-count [value]="row.cleared" />
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="flagColumns"></tr>
              <tr
                mat-row
                *matRowDef="let row; columns: flagColumns"
                [attr.data-kind]="row.kind"
              ></tr>
            </table>
          </div>
        }

        <h3>Week by week</h3>
        @if (data.weeks.length === 0) {
          <p class="nd-report-muted">No weeks in this period.</p>
        } @else {
          <nd-chart
            kind="line"
            caption="Engagement per week"
            categoryLabel="Week starting"
            [data]="weeks()"
            [yMin]="0"
          />
        }
        @if (hidden()) {
          <p class="nd-report-note" data-testid="hidden-count-note">
            {{ hiddenNote }}
          </p>
        }
      }
    </nd-report-section>
  `,
})
export class EngagementSectionComponent {
  readonly #api = inject(ReportsApi);

  readonly filters = input.required<ReportFilters>();

  readonly flagColumns = ['kind', 'raised', 'cleared'];
  readonly hiddenNote = HIDDEN_COUNT_NOTE;

  readonly #params = computed(
    () => {
      const { from, to, serviceId } = this.filters();
      return { from, to, serviceId };
    },
    { equal: sameWindow },
  );
  readonly report = injectReport({
    params: this.#params,
    fetch: (p) => this.#api.engagement(windowQuery(p)),
    live: ['patient.changed', 'reset.changed', 'notification-change.changed'],
  });
  readonly exportParams = computed(() =>
    exportParams('engagement', this.filters()),
  );
  readonly weeks = computed(() => {
    const report = this.report.data();
    return report ? engagementWeeks(report) : { labels: [], series: [] };
  });
  readonly hidden = computed(() => {
    const report = this.report.data();
    return report ? hasHiddenCount(report) : false;
  });

  flagLabel(kind: string): string {
    return FLAG_LABELS[kind] ?? kind;
  }

  percent(value: number | null): string {
    return formatPercent(value);
  }
}
