import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { IdleTracker } from '@navdesk/console/data-access';

/**
 * Watches what the person does (clicks, keys, navigation) for the idle limit, and a minute before
 * it passes says so and offers to stay signed in.
 */
@Component({
  selector: 'nd-idle-warning',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton],
  host: {
    '(document:pointerdown)': 'tracker.activity()',
    '(document:keydown)': 'tracker.activity()',
  },
  template: `
    @if (tracker.secondsLeft(); as left) {
      <div
        class="idle-warning"
        role="alertdialog"
        aria-labelledby="idle-warning-text"
        data-testid="idle-warning"
      >
        <p id="idle-warning-text">
          You'll be signed out in {{ left }} s because you've been inactive.
        </p>
        <button mat-flat-button type="button" (click)="tracker.stay()">
          Stay signed in
        </button>
      </div>
    }
  `,
  styles: `
    .idle-warning {
      position: fixed;
      inset: auto 1rem 1rem auto;
      z-index: 1000;
      max-width: 28rem;
      display: flex;
      gap: 1rem;
      align-items: center;
      padding: 1rem 1.25rem;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high, #fff);
      border: 2px solid var(--mat-sys-primary, #005eb8);
      box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
    }
    p {
      margin: 0;
    }
  `,
})
export class IdleWarningComponent implements OnInit {
  readonly tracker = inject(IdleTracker);
  readonly #router = inject(Router);
  readonly #destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    this.tracker.start();
    this.#router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe(() => this.tracker.activity());
    this.#destroyRef.onDestroy(() => this.tracker.stop());
  }
}
