import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { KbApi, submitErrorMessage } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  injectFormShell,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  TICKET_CATEGORIES,
  TicketCategory,
} from '@navdesk/contracts';

@Component({
  selector: 'nd-kb-new-article-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    PageHeaderComponent,
    ErrorBannerComponent,
  ],
  template: `
    <nd-page-header
      heading="New article"
      lead="A short, practical answer PWPs can use in a minute."
    />
    <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      @if (error(); as message) {
        <nd-error-banner
          heading="The article was not saved"
          [message]="message"
        />
      }
      <mat-form-field appearance="outline">
        <mat-label>Title</mat-label>
        <input matInput formControlName="title" maxlength="200" />
        <mat-error>Give the article a title</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Summary</mat-label>
        <input matInput formControlName="summary" maxlength="300" />
        <mat-hint
          >One sentence shown in search results and suggestions</mat-hint
        >
        <mat-error>Add a one-sentence summary</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Category</mat-label>
        <mat-select formControlName="category">
          @for (c of categories; track c) {
            <mat-option [value]="c">{{ categoryLabels[c] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Article</mat-label>
        <textarea matInput formControlName="body" rows="10"></textarea>
        <mat-error>Write the article</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Tags (optional)</mat-label>
        <input matInput formControlName="tags" />
        <mat-hint>Separate with commas, e.g. login, password</mat-hint>
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ pending() ? 'Saving…' : 'Publish article' }}
        </button>
        <a mat-button routerLink="/kb">Cancel</a>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: grid;
      gap: 12px;
      max-width: 720px;
      padding: 24px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .actions {
      display: flex;
      gap: 12px;
    }
  `,
})
export class KbNewArticlePageComponent {
  readonly #kb = inject(KbApi);
  readonly #router = inject(Router);
  readonly #shell = injectFormShell();

  readonly categories = TICKET_CATEGORIES;
  readonly categoryLabels = CATEGORY_LABELS;
  readonly pending = this.#shell.pending;
  readonly error = this.#shell.error;
  readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    summary: ['', [Validators.required, Validators.maxLength(300)]],
    category: new FormControl<TicketCategory>('other', { nonNullable: true }),
    body: ['', [Validators.required]],
    tags: [''],
  });

  save(): void {
    if (!this.#shell.ready(this.form)) return;
    const value = this.form.getRawValue();
    const request = {
      title: value.title.trim(),
      summary: value.summary.trim(),
      body: value.body,
      category: value.category,
      tags: value.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag.length > 0),
    };
    this.#shell.submit(this.#kb.create(request), {
      done: (article) => void this.#router.navigate(['/kb', article.id]),
      failed: (error) => submitErrorMessage(this.form.controls, error),
    });
  }
}
