import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { ProgrammeAccountView } from '@navdesk/contracts';
import { ACCOUNT_STATUS_LABELS, describeReminders } from './reminder-labels';

/** Why the account could not be shown. */
export interface AccountProblem {
  heading: string;
  message: string;
}

/** The patient's account as the digital programme sees it; asked for on demand. */
@Component({
  selector: 'nd-account-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'account-heading',
    'data-testid': 'account-panel',
  },
  template: `
    <div class="head">
      <h2 id="account-heading">Account</h2>
      <button
        mat-stroked-button
        type="button"
        data-testid="check-account"
        [disabled]="checking()"
        (click)="check.emit()"
      >
        {{ checking() ? 'Checking…' : 'Check account' }}
      </button>
    </div>
    <p class="hint">Asked of the digital programme each time you check.</p>

    @if (problem(); as p) {
      <nd-error-banner
        data-testid="account-problem"
        [heading]="p.heading"
        [message]="p.message"
      />
    }
    @if (checking() && !account()) {
      <nd-loading-indicator label="Checking the account…" />
    }
    @if (account(); as a) {
      <dl class="facts">
        <dt>Programme status</dt>
        <dd data-testid="account-status" [attr.data-status]="a.status">
          <span
            class="pill"
            [class.pill--good]="a.status === 'active'"
            [class.pill--bad]="a.status === 'locked'"
            >{{ statusLabels[a.status] }}</span
          >
          @if (a.status === 'locked') {
            <span class="note"
              >The patient can't log in until their log-in is reset.</span
            >
          }
        </dd>
        <dt>Last log-in</dt>
        <dd>
          @if (a.lastLoginAt) {
            <time [attr.datetime]="a.lastLoginAt">{{
              a.lastLoginAt | ukDate: 'd MMM y, HH:mm'
            }}</time>
          } @else {
            Never logged in
          }
        </dd>
        <dt>App version</dt>
        <dd>{{ a.appVersion }}</dd>
        <dt>Device</dt>
        <dd>{{ a.device }}</dd>
        <dt>Reminders</dt>
        <dd data-testid="account-reminders">
          {{ reminders(a) }}
        </dd>
      </dl>
      <p class="hint">
        Checked at
        <time [attr.datetime]="a.fetchedAt">{{
          a.fetchedAt | ukDate: 'HH:mm:ss'
        }}</time>
      </p>
    }
  `,
  styleUrl: './account-panel.component.scss',
})
export class AccountPanelComponent {
  readonly account = input<ProgrammeAccountView | null>(null);
  readonly checking = input(false);
  readonly problem = input<AccountProblem | null>(null);
  /** Asks the page to check the account again. */
  readonly check = output<void>();

  readonly statusLabels = ACCOUNT_STATUS_LABELS;

  reminders(account: ProgrammeAccountView): string {
    return describeReminders(account.notificationSettings);
  }
}
