import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TriageRulesPreview } from '@navdesk/contracts';

/** A preview's answer in words: how many of the latest tickets were re-triaged, and each move. */
@Component({
  selector: 'nd-triage-rule-moves',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = preview();
    <p class="summary">
      Compared with version {{ p.version }} on the latest
      {{ p.compared }} tickets:
      @if (p.moved === 0) {
        no ticket would change category or theme.
      } @else {
        {{ p.moved }} {{ p.moved === 1 ? 'ticket' : 'tickets' }} would change.
      }
    </p>
    @if (p.moves.length > 0) {
      <ul class="moves">
        @for (move of p.moves; track move.sentence) {
          <li>{{ move.sentence }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .summary {
      margin: 0 0 8px;
      font-weight: 600;
    }
    .moves {
      margin: 0;
      padding-left: 20px;
    }
    li + li {
      margin-top: 4px;
    }
  `,
})
export class TriageRuleMovesComponent {
  readonly preview = input.required<TriageRulesPreview>();
}
