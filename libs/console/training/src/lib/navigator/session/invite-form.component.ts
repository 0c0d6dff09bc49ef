import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { TrainingPwpOption } from '@navdesk/console/data-access';

/** Navigators pick PWPs of the session's service to invite. */
@Component({
  selector: 'nd-invite-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatCheckbox],
  template: `
    @if (candidates().length === 0) {
      <p class="nd-muted">
        Every PWP of this service is already booked or invited.
      </p>
    } @else {
      <fieldset>
        <legend>PWPs to invite</legend>
        @for (pwp of candidates(); track pwp.id) {
          <mat-checkbox
            [checked]="chosen().has(pwp.id)"
            (change)="toggle(pwp.id, $event.checked)"
            >{{ pwp.name }}</mat-checkbox
          >
        }
      </fieldset>
      <button
        mat-flat-button
        type="button"
        [disabled]="pending() || chosen().size === 0"
        (click)="send()"
      >
        {{ pending() ? 'Inviting…' : inviteLabel() }}
      </button>
    }
  `,
  styles: `
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      margin: 0 0 12px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      padding: 0 4px;
      font-weight: 600;
    }
  `,
})
export class InviteFormComponent {
  readonly candidates = input.required<readonly TrainingPwpOption[]>();
  readonly pending = input(false);
  readonly invite = output<string[]>();

  readonly chosen = signal<ReadonlySet<string>>(new Set());

  inviteLabel(): string {
    const n = this.chosen().size;
    return n === 0
      ? 'Send invitations'
      : `Send ${n} ${n === 1 ? 'invitation' : 'invitations'}`;
  }

  toggle(id: string, on: boolean): void {
    this.chosen.update((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  send(): void {
    const ids = [...this.chosen()];
    if (ids.length === 0) return;
    this.invite.emit(ids);
    this.chosen.set(new Set());
  }
}
