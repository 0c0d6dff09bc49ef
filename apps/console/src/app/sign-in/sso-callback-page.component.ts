import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService } from '@navdesk/console/data-access';

/**
 * Where single sign-on lands: `/sign-in/sso#code=…`. The one-time code sits in the fragment (never
 * sent to a server, never logged); it is exchanged for a session, then the fragment is dropped from
 * history by navigating on with `replaceUrl`.
 */
@Component({
  selector: 'nd-sso-callback-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<main id="main-content" class="sso-callback" tabindex="-1">
    <p role="status">Signing you in…</p>
  </main>`,
  styles: `
    .sso-callback {
      display: flex;
      justify-content: center;
      padding: 48px 16px;
    }
  `,
})
export class SsoCallbackPageComponent implements OnInit {
  readonly #auth = inject(AuthService);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    const code = new URLSearchParams(this.#route.snapshot.fragment ?? '').get(
      'code',
    );
    if (!code) {
      this.#failed();
      return;
    }
    this.#auth
      .completeSso(code)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => void this.#router.navigateByUrl('/', { replaceUrl: true }),
        error: () => this.#failed(),
      });
  }

  #failed(): void {
    void this.#router.navigate(['/sign-in'], {
      queryParams: { reason: 'sso-failed' },
      replaceUrl: true,
    });
  }
}
