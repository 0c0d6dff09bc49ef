import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerInputEvent,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import {
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { calendarDateToIso, isoToCalendarDate } from '@navdesk/console/ui';
import { REPORT_GROUPINGS, REPORT_INTERVALS } from '@navdesk/contracts';
import { addDays, isIsoDate } from './report-dates';
import {
  DatePreset,
  GROUPING_LABELS,
  INTERVAL_LABELS,
  REPORT_DATE_PRESETS,
  ReportFilters,
} from './report-filters';

function isOneOf<T extends string>(
  values: readonly T[],
  value: string,
): value is T {
  return (values as readonly string[]).includes(value);
}

export interface ServiceOption {
  id: string;
  name: string;
}

/**
 * The reports' filters: a date range (typed DD/MM/YYYY, picked from a calendar, or a preset), a
 * service, and for usability trends the interval and grouping (`trendOptions`). The "To" date is
 * shown inclusive; the filters hold it exclusive, and hold days as YYYY-MM-DD (as the URL and the
 * API take them): the datepickers' Dates are converted here, at the edge.
 */
@Component({
  selector: 'nd-report-filters-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatSuffix,
    MatInput,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
  ],
  template: `
    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>From</mat-label>
        <input
          matInput
          [matDatepicker]="fromPicker"
          name="from"
          data-testid="report-from"
          autocomplete="off"
          [value]="fromDay()"
          [max]="lastDayDate()"
          (dateChange)="setFrom(dayOf($event))"
        />
        <mat-datepicker-toggle
          matIconSuffix
          [for]="fromPicker"
          aria-label="Choose the From date"
        />
        <mat-datepicker #fromPicker />
        <mat-hint>DD/MM/YYYY</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>To</mat-label>
        <input
          matInput
          [matDatepicker]="toPicker"
          name="to"
          data-testid="report-to"
          autocomplete="off"
          [value]="lastDayDate()"
          [min]="fromDay()"
          [max]="todayDate()"
          (dateChange)="setTo(dayOf($event))"
        />
        <mat-datepicker-toggle
          matIconSuffix
          [for]="toPicker"
          aria-label="Choose the To date"
        />
        <mat-datepicker #toPicker />
        <mat-hint>DD/MM/YYYY, up to and including this day</mat-hint>
      </mat-form-field>

      <div class="presets" role="group" aria-label="Date range presets">
        @for (preset of presets(); track preset.id) {
          <button
            mat-stroked-button
            type="button"
            [attr.aria-pressed]="activePreset() === preset.id"
            [class.active]="activePreset() === preset.id"
            (click)="choosePreset(preset)"
          >
            {{ preset.label }}
          </button>
        }
      </div>
    </div>

    <div class="row">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Service</mat-label>
        <select
          matNativeControl
          name="serviceId"
          data-testid="report-service"
          (change)="setService(valueOf($event))"
        >
          <option value="" [selected]="filters().serviceId === ''">
            All my services
          </option>
          @for (service of services(); track service.id) {
            <option
              [value]="service.id"
              [selected]="service.id === filters().serviceId"
            >
              {{ service.name }}
            </option>
          }
        </select>
      </mat-form-field>
      @if (trendOptions()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Interval</mat-label>
          <select
            matNativeControl
            name="interval"
            data-testid="report-interval"
            (change)="setInterval(valueOf($event))"
          >
            @for (interval of intervals; track interval) {
              <option
                [value]="interval"
                [selected]="interval === filters().interval"
              >
                {{ intervalLabels[interval] }}
              </option>
            }
          </select>
          <mat-hint>Usability trends</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Group by</mat-label>
          <select
            matNativeControl
            name="groupBy"
            data-testid="report-group-by"
            (change)="setGroupBy(valueOf($event))"
          >
            @for (grouping of groupings; track grouping) {
              <option
                [value]="grouping"
                [selected]="grouping === filters().groupBy"
              >
                {{ groupingLabels[grouping] }}
              </option>
            }
          </select>
          <mat-hint>Usability trends</mat-hint>
        </mat-form-field>
      }
    </div>

    @if (dateError(); as message) {
      <p class="error" role="alert" data-testid="report-dates-error">
        {{ message }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 12px;
      margin-bottom: 12px;
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      padding-top: 8px;
    }
    .active {
      font-weight: 700;
      background: #e8f1fb;
    }
    .error {
      margin: 0;
      color: #8a1538;
      font-weight: 600;
    }
  `,
})
export class ReportFiltersBarComponent {
  readonly filters = input.required<ReportFilters>();
  readonly services = input<readonly ServiceOption[]>([]);
  /** Today's London date (YYYY-MM-DD). */
  readonly today = input.required<string>();
  /** The date ranges offered as buttons. */
  readonly presets = input<readonly DatePreset[]>(REPORT_DATE_PRESETS);
  /** Whether to offer usability trends' interval and grouping. */
  readonly trendOptions = input(true);
  readonly changed = output<ReportFilters>();

  readonly intervals = REPORT_INTERVALS;
  readonly groupings = REPORT_GROUPINGS;
  readonly intervalLabels = INTERVAL_LABELS;
  readonly groupingLabels = GROUPING_LABELS;

  readonly dateError = signal<string | null>(null);
  /** The last day the window includes. */
  readonly lastDay = computed(() => addDays(this.filters().to, -1));
  // The same days as the datepickers hold them.
  readonly fromDay = computed(() => isoToCalendarDate(this.filters().from));
  readonly lastDayDate = computed(() => isoToCalendarDate(this.lastDay()));
  readonly todayDate = computed(() => isoToCalendarDate(this.today()));
  readonly activePreset = computed<string | null>(() => {
    const { from, to } = this.filters();
    const today = this.today();
    return (
      this.presets().find((preset) => {
        const window = preset.window(today);
        return window.from === from && window.to === to;
      })?.id ?? null
    );
  });

  /** The day picked or typed, YYYY-MM-DD; '' when the text is not a day. */
  dayOf(event: Pick<MatDatepickerInputEvent<Date>, 'value'>): string {
    return calendarDateToIso(event.value);
  }

  valueOf(event: Event): string {
    const target = event.target;
    return target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement
      ? target.value
      : '';
  }

  setFrom(from: string): void {
    if (!isIsoDate(from)) {
      this.dateError.set('Enter a From date.');
      return;
    }
    this.#setWindow(from, this.filters().to);
  }

  setTo(lastDay: string): void {
    if (!isIsoDate(lastDay)) {
      this.dateError.set('Enter a To date.');
      return;
    }
    this.#setWindow(this.filters().from, addDays(lastDay, 1));
  }

  choosePreset(preset: DatePreset): void {
    const { from, to } = preset.window(this.today());
    this.#setWindow(from, to);
  }

  setService(serviceId: string): void {
    this.changed.emit({ ...this.filters(), serviceId });
  }

  setInterval(interval: string): void {
    if (isOneOf(REPORT_INTERVALS, interval)) {
      this.changed.emit({ ...this.filters(), interval });
    }
  }

  setGroupBy(groupBy: string): void {
    if (isOneOf(REPORT_GROUPINGS, groupBy)) {
      this.changed.emit({ ...this.filters(), groupBy });
    }
  }

  #setWindow(from: string, to: string): void {
    if (from >= to) {
      this.dateError.set('The From date must be on or before the To date.');
      return;
    }
    this.dateError.set(null);
    this.changed.emit({ ...this.filters(), from, to });
  }
}
