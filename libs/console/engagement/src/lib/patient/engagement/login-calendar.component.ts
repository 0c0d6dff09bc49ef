import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { LoginCalendar } from './engagement-data';

const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/**
 * A grid of days (a column per week, a row per weekday) with the number of log-ins in each
 * day's cell; a screen reader hears each cell's date and count.
 */
@Component({
  selector: 'nd-login-calendar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="summary" data-testid="login-summary">
      Logged in on {{ calendar().daysActive }} of
      {{ calendar().daysInRange }} days. Longest run without a log-in:
      {{ calendar().longestGapDays }}
      {{ calendar().longestGapDays === 1 ? 'day' : 'days' }}.
    </p>
    <div class="scroll" tabindex="0" role="region" aria-label="Log-in calendar">
      <table class="calendar" data-testid="login-calendar">
        <caption class="visually-hidden">
          Log-ins by day, a column per week
        </caption>
        <thead>
          <tr>
            <td></td>
            @for (week of calendar().weeks; track week.start) {
              <th scope="col">
                <span class="week">{{ week.label }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (weekday of rows(); track weekday.index) {
            <tr>
              <th scope="row">
                <abbr [attr.title]="weekday.name">{{
                  weekday.name.slice(0, 3)
                }}</abbr>
              </th>
              @for (week of calendar().weeks; track week.start) {
                @let day = week.days[weekday.index];
                <td
                  class="cell"
                  [class.cell--out]="!day.inRange"
                  [class.cell--one]="day.logins === 1"
                  [class.cell--many]="day.logins > 1"
                  [attr.title]="day.label"
                  [attr.data-day]="day.day"
                  [attr.data-logins]="day.inRange ? day.logins : null"
                >
                  <span aria-hidden="true">{{
                    day.logins > 0 ? day.logins : ''
                  }}</span>
                  <span class="visually-hidden">{{ day.label }}</span>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="key" aria-hidden="true">
      <span class="cell cell--one">1</span> one log-in
      <span class="cell cell--many">2</span> two or more
      <span class="cell"></span> none
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .summary {
      margin: 0 0 8px;
    }
    .scroll {
      overflow-x: auto;
    }
    .calendar {
      border-collapse: separate;
      border-spacing: 3px;
      font-size: 0.75rem;
    }
    th {
      font-weight: 400;
      color: var(--nd-text-secondary);
      text-align: left;
      white-space: nowrap;
    }
    thead th {
      height: 56px;
      vertical-align: bottom;
    }
    .week {
      display: inline-block;
      writing-mode: vertical-rl;
      transform: rotate(180deg);
    }
    abbr {
      text-decoration: none;
    }
    .cell {
      display: inline-grid;
      place-items: center;
      width: 20px;
      height: 20px;
      padding: 0;
      border-radius: 3px;
      background: #e8edee;
      color: #212b32;
      font-weight: 600;
      text-align: center;
      vertical-align: middle;
    }
    td.cell {
      display: table-cell;
    }
    .cell--one {
      background: #9fc4ea;
    }
    .cell--many {
      background: #005eb8;
      color: #fff;
    }
    .cell--out {
      background: transparent;
      outline: 1px dashed #d8dde0;
      outline-offset: -1px;
    }
    .key {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin: 8px 0 0;
      font-size: 0.8125rem;
      color: var(--nd-text-secondary);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class LoginCalendarComponent {
  readonly calendar = input.required<LoginCalendar>();
  readonly rows = computed(() =>
    WEEKDAYS.map((name, index) => ({ name, index })),
  );
}
