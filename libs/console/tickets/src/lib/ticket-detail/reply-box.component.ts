import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  CannedRepliesApi,
  TicketsApi,
  toApiError,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent } from '@navdesk/console/ui';
import { CannedReplyView, TimelineEntry } from '@navdesk/contracts';
import { IdentifierWarningComponent } from '../identifier-warning/identifier-warning.component';

/** Reply (or, for navigators, an internal note), with canned replies for navigators. */
@Component({
  selector: 'nd-reply-box',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatSlideToggle,
    ErrorBannerComponent,
    IdentifierWarningComponent,
  ],
  template: `
    <form
      class="reply"
      [class.reply--internal]="internal()"
      (ngSubmit)="send()"
      aria-labelledby="reply-heading"
    >
      <h2 id="reply-heading">
        {{ staff() ? 'Reply or add a note' : 'Reply' }}
      </h2>
      @if (error(); as message) {
        <nd-error-banner heading="Not sent" [message]="message" />
      }
      @if (staff()) {
        <div class="tools">
          <mat-slide-toggle
            [checked]="internal()"
            (change)="internal.set($event.checked)"
            >Internal note</mat-slide-toggle
          >
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            class="canned"
          >
            <mat-label>Insert a canned reply</mat-label>
            <mat-select (selectionChange)="insert($event.value)" [value]="null">
              @for (reply of canned(); track reply.id) {
                <mat-option [value]="reply">{{ reply.title }}</mat-option>
              } @empty {
                <mat-option disabled [value]="null"
                  >No canned replies yet</mat-option
                >
              }
            </mat-select>
          </mat-form-field>
        </div>
      }
      <mat-form-field appearance="outline" class="body">
        <mat-label>{{ internal() ? 'Internal note' : 'Your reply' }}</mat-label>
        <textarea
          matInput
          name="body"
          rows="4"
          maxlength="5000"
          [ngModel]="body()"
          (ngModelChange)="body.set($event)"
          aria-describedby="reply-identifiers"
        ></textarea>
        @if (internal()) {
          <mat-hint>Internal — not shown to the reporter</mat-hint>
        } @else if (staff()) {
          <mat-hint>The reporter sees this and is told by e-mail.</mat-hint>
        }
      </mat-form-field>
      <nd-identifier-warning
        class="identifiers"
        warningId="reply-identifiers"
        advice="reply"
        [text]="body()"
      />
      <div class="actions">
        <button
          mat-flat-button
          type="submit"
          [disabled]="!body().trim() || sending()"
        >
          {{
            sending()
              ? 'Sending…'
              : internal()
                ? 'Add internal note'
                : 'Send reply'
          }}
        </button>
        @if (staff()) {
          @if (naming()) {
            <mat-form-field
              appearance="outline"
              subscriptSizing="dynamic"
              class="title"
            >
              <mat-label>Canned reply title</mat-label>
              <input
                matInput
                name="cannedTitle"
                maxlength="120"
                [ngModel]="cannedTitle()"
                (ngModelChange)="cannedTitle.set($event)"
              />
            </mat-form-field>
            <button
              mat-stroked-button
              type="button"
              (click)="saveCanned()"
              [disabled]="!cannedTitle().trim()"
            >
              Save
            </button>
            <button mat-button type="button" (click)="naming.set(false)">
              Cancel
            </button>
          } @else {
            <button
              mat-button
              type="button"
              (click)="naming.set(true)"
              [disabled]="!body().trim()"
            >
              Save as canned reply
            </button>
          }
        }
      </div>
    </form>
  `,
  styles: `
    .reply {
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .reply--internal {
      background: #fff9e0;
      border: 1px dashed #8a6d00;
    }
    h2 {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .tools,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
    }
    .tools {
      margin-bottom: 12px;
    }
    .canned {
      width: 260px;
    }
    .title {
      width: 220px;
    }
    .body {
      width: 100%;
    }
    .identifiers {
      display: block;
    }
  `,
})
export class ReplyBoxComponent implements OnInit {
  readonly #tickets = inject(TicketsApi);
  readonly #cannedApi = inject(CannedRepliesApi);
  readonly #snackBar = inject(MatSnackBar);
  readonly #destroyRef = inject(DestroyRef);

  readonly ticketId = input.required<string>();
  /** Navigators: internal notes and canned replies. */
  readonly staff = input(false);
  readonly sent = output<TimelineEntry>();

  readonly body = signal('');
  readonly internal = signal(false);
  readonly sending = signal(false);
  readonly error = signal<string | null>(null);
  readonly canned = signal<CannedReplyView[]>([]);
  readonly naming = signal(false);
  readonly cannedTitle = signal('');

  ngOnInit(): void {
    if (!this.staff()) return;
    this.#cannedApi
      .list()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (replies) => this.canned.set(replies),
        error: () => undefined,
      });
  }

  insert(reply: CannedReplyView | null): void {
    if (!reply) return;
    const current = this.body().trim();
    this.body.set(current ? `${current}\n\n${reply.body}` : reply.body);
  }

  send(): void {
    const body = this.body().trim();
    if (!body || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    const internal = this.staff() && this.internal();
    this.#tickets
      .comment(this.ticketId(), internal ? { body, internal: true } : { body })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (entry) => {
          this.sending.set(false);
          this.body.set('');
          this.sent.emit(entry);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }

  saveCanned(): void {
    const title = this.cannedTitle().trim();
    const body = this.body().trim();
    if (!title || !body) return;
    this.#cannedApi
      .create({ title, body })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (reply) => {
          this.canned.update((all) => [...all, reply]);
          this.naming.set(false);
          this.cannedTitle.set('');
          this.#snackBar.open(
            `Saved “${reply.title}” as a canned reply`,
            'OK',
            { duration: 4000 },
          );
        },
        error: (error: unknown) => this.error.set(toApiError(error).message),
      });
  }
}
