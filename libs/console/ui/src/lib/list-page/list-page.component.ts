import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  input,
} from '@angular/core';
import { EmptyStateComponent } from '../empty-state/empty-state.component';
import { ErrorBannerComponent } from '../error-banner/error-banner.component';
import { LoadingIndicatorComponent } from '../loading-indicator/loading-indicator.component';
import { PageHeaderComponent } from '../page-header/page-header.component';
import { ListPageBodyDirective } from './list-page-body.directive';

/**
 * A list page: its header (with `[ndListActions]` on the right), its filters (`[ndListFilters]`),
 * then the error banner (`[ndListErrorActions]` inside it, e.g. "Try again"), the loading line,
 * the empty state (`[ndListEmpty]` inside it) or the body (`*ndListPageBody`) once there are items.
 * A list that failed keeps what it had loaded under the banner.
 */
@Component({
  selector: 'nd-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  template: `
    <nd-page-header [heading]="heading()" [lead]="lead()">
      <ng-content select="[ndListActions]" />
    </nd-page-header>
    <ng-content select="[ndListFilters]" />
    <ng-content />
    @if (error(); as message) {
      <nd-error-banner [heading]="errorHeading()" [message]="message">
        <ng-content select="[ndListErrorActions]" />
      </nd-error-banner>
    }
    @if (loading()) {
      <nd-loading-indicator [label]="loadingLabel()" />
    } @else if (count() === 0 && !error()) {
      <nd-empty-state [heading]="emptyHeading()" [message]="emptyMessage()">
        <ng-content select="[ndListEmpty]" />
      </nd-empty-state>
    } @else if (count() > 0 && body(); as body) {
      <ng-container [ngTemplateOutlet]="body.template" />
    }
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class ListPageComponent {
  readonly heading = input.required<string>();
  readonly lead = input<string>();
  /** How many items are loaded; the body shows when there is at least one. */
  readonly count = input.required<number>();
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  /** e.g. "The users could not be loaded". */
  readonly errorHeading = input.required<string>();
  /** e.g. "Loading users…". */
  readonly loadingLabel = input.required<string>();
  readonly emptyHeading = input.required<string>();
  readonly emptyMessage = input<string>();

  readonly body = contentChild(ListPageBodyDirective);
}
