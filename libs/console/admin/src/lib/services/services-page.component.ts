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
import { MatTableModule } from '@angular/material/table';
import { ServicesApi, toApiError } from '@navdesk/console/data-access';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import { ServiceView } from '@navdesk/contracts';

@Component({
  selector: 'nd-services-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatTableModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  template: `
    <nd-page-header
      heading="Services"
      lead="The NHS Talking Therapies services using Navdesk."
    />
    @if (error(); as message) {
      <nd-error-banner
        heading="The services could not be loaded"
        [message]="message"
      />
    }
    @if (loading()) {
      <nd-loading-indicator label="Loading services…" />
    } @else if (services().length === 0 && !error()) {
      <nd-empty-state
        heading="No services yet"
        message="Services appear here once they are set up."
      />
    } @else if (services().length > 0) {
      <div class="nd-table-card">
        <table mat-table [dataSource]="services()" aria-label="Services">
          <ng-container matColumnDef="code">
            <th mat-header-cell *matHeaderCellDef scope="col">Code</th>
            <td mat-cell *matCellDef="let service">
              <span class="code">{{ service.code }}</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
            <td mat-cell *matCellDef="let service">{{ service.name }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
      @if (nextCursor()) {
        <div class="nd-more">
          <button
            mat-stroked-button
            type="button"
            (click)="load(nextCursor())"
            [disabled]="loadingMore()"
          >
            Show more services
          </button>
        </div>
      }
    }
  `,
  styles: `
    .code {
      font-family: 'Courier New', Courier, monospace;
      font-weight: 600;
    }
  `,
})
export class ServicesPageComponent implements OnInit {
  readonly #api = inject(ServicesApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly columns = ['code', 'name'];
  readonly services = signal<ServiceView[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(true);
  readonly loadingMore = signal(false);
  readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load(null);
  }

  load(cursor: string | null): void {
    this.loadingMore.set(cursor !== null);
    this.#api
      .list({ limit: 100, cursor })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          this.services.update((current) =>
            cursor ? [...current, ...page.items] : page.items,
          );
          this.nextCursor.set(page.nextCursor);
          this.loading.set(false);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          this.error.set(toApiError(error).message);
          this.loading.set(false);
          this.loadingMore.set(false);
        },
      });
  }
}
