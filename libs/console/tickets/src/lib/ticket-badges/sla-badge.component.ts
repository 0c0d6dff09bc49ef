import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { formatUkDate } from '@navdesk/console/ui';
import { SlaFacts, slaState } from './sla';

/** "Due in 3 h" / "Breached" / "SLA paused — waiting on reporter", coloured by urgency. */
@Component({
  selector: 'nd-sla-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': "'nd-badge nd-badge--sla-' + (state()?.tone ?? 'none')",
    '[hidden]': 'state() === null',
    '[attr.title]': 'title()',
  },
  template: `{{ state()?.text }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
      border: 1px solid transparent;
    }
    :host([hidden]) {
      display: none;
    }
    :host(.nd-badge--sla-ok) {
      background: #e6f4ea;
      color: #00401e;
      border-color: #007f3b;
    }
    :host(.nd-badge--sla-soon) {
      background: #fff4d6;
      color: #4d3800;
      border-color: #b37a00;
    }
    :host(.nd-badge--sla-breached) {
      background: #d5281b;
      color: #fff;
    }
    :host(.nd-badge--sla-paused),
    :host(.nd-badge--sla-none) {
      background: #e8edee;
      color: #212b32;
      border-color: #aeb7bd;
    }
  `,
})
export class SlaBadgeComponent {
  readonly ticket = input.required<SlaFacts>();
  /** Epoch ms; pass a ticking clock so the text stays current. */
  readonly now = input<number>(Date.now());

  readonly state = computed(() => slaState(this.ticket(), this.now()));
  readonly title = computed(() => {
    const due = this.ticket().slaDueAt;
    return due ? `SLA due ${formatUkDate(due, 'dd/MM/y, HH:mm:ss')}` : null;
  });
}
