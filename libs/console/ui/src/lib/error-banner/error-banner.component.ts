import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type BannerTone = 'error' | 'info';

/**
 * A message that must be noticed. Errors are announced assertively (`role="alert"`),
 * information politely (`role="status"`).
 */
@Component({
  selector: 'nd-error-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.role]': "live() ? (tone() === 'error' ? 'alert' : 'status') : null",
    '[class.nd-banner--info]': "tone() === 'info'",
  },
  template: `
    @if (heading()) {
      <p class="nd-banner__heading">{{ heading() }}</p>
    }
    <p class="nd-banner__message">{{ message() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-left: 6px solid #d5281b;
      background: #fdecea;
      color: #212b32;
      border-radius: 4px;
    }
    :host(.nd-banner--info) {
      border-left-color: #005eb8;
      background: #e8f1fb;
    }
    p {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
    .nd-banner__heading {
      font-weight: 600;
      margin-bottom: 4px;
    }
  `,
})
export class ErrorBannerComponent {
  readonly message = input.required<string>();
  readonly heading = input<string>();
  readonly tone = input<BannerTone>('error');
  /** Set false when the banner sits inside a live region of its own (avoids a double announcement). */
  readonly live = input(true);
}
