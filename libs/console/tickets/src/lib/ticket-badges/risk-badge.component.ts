import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Marks a ticket whose text suggests risk to a patient: the service's risk protocol applies. */
@Component({
  selector: 'nd-risk-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { title: 'Possible risk to a patient — follow the risk protocol' },
  template: `<span aria-hidden="true">⚠</span> Risk`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 4px;
      font-size: 0.8125rem;
      font-weight: 700;
      line-height: 1.5;
      white-space: nowrap;
      background: #fff;
      color: #8a1538;
      border: 2px solid #8a1538;
    }
  `,
})
export class RiskBadgeComponent {}
