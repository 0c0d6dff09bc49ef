import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { toApiError, TrainingApi } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
} from '@navdesk/console/ui';
import { TrainingModuleView } from '@navdesk/contracts';
import { CatalogueTableComponent } from '../../catalogue/catalogue-table.component';
import { injectMyServices } from '../my-services';
import { ModuleFormComponent } from './module-form.component';

/** Navigators: the training catalogue, and a form to add a module. */
@Component({
  selector: 'nd-catalogue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    CatalogueTableComponent,
    ModuleFormComponent,
  ],
  template: `
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">Catalogue</h2>
      <p class="nd-announcement" role="status" data-testid="catalogue-status">
        {{ announcement() }}
      </p>
      @if (error(); as message) {
        <nd-error-banner
          heading="The catalogue could not be loaded"
          [message]="message"
        >
          <button mat-stroked-button type="button" (click)="load()">
            Try again
          </button>
        </nd-error-banner>
      } @else if (loading()) {
        <nd-loading-indicator label="Loading the catalogue…" />
      } @else {
        <nd-catalogue-table [modules]="modules()" />
      }
    </section>
    <nd-module-form [services]="services()" (created)="created($event)" />
  `,
  styles: `
    :host {
      display: grid;
      gap: 24px;
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
  `,
})
export class CataloguePageComponent implements OnInit {
  readonly #api = inject(TrainingApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly services = injectMyServices();
  readonly modules = signal<TrainingModuleView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly announcement = signal('');

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.#api
      .modules()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (modules) => {
          this.modules.set(modules);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }

  created(module: TrainingModuleView): void {
    this.modules.update((modules) => [...modules, module]);
    this.announcement.set(`Added to the catalogue: ${module.title}.`);
  }
}
