import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { OutcomeHeadline } from '@navdesk/contracts';
import { TREND_ICONS, TREND_WORDS } from './outcome-format';

/**
 * A barrier's plain sentence from the API, led by whether it is better or worse in a word and a
 * shape as well as a colour.
 */
@Component({
  selector: 'nd-outcome-headline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'nd-outcome-headline',
    '[attr.data-trend]': 'headline().trend',
  },
  template: `
    <p data-testid="outcome-headline">
      <span class="trend" data-testid="outcome-trend">
        <span class="icon" aria-hidden="true">{{ icon() }}</span>
        {{ word() }}:
      </span>
      {{ headline().text }}
    </p>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 16px;
    }
    p {
      margin: 0;
      padding: 10px 14px;
      border-radius: 8px;
      border-left: 6px solid var(--mat-sys-outline);
      background: var(--nd-page-background);
      font: var(--mat-sys-title-medium);
    }
    .trend {
      font-weight: 700;
    }
    .icon {
      display: inline-block;
      width: 1.25em;
    }
    :host([data-trend='better']) p {
      border-left-color: #007f3b;
    }
    :host([data-trend='better']) .trend {
      color: #00401e;
    }
    :host([data-trend='worse']) p {
      border-left-color: #d5281b;
    }
    :host([data-trend='worse']) .trend {
      color: #8a1538;
    }
  `,
})
export class OutcomeHeadlineComponent {
  readonly headline = input.required<OutcomeHeadline>();

  readonly word = computed(() => TREND_WORDS[this.headline().trend]);
  readonly icon = computed(() => TREND_ICONS[this.headline().trend]);
}
