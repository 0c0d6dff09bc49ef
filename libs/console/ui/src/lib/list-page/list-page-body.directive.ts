import { Directive, inject, TemplateRef } from '@angular/core';

/**
 * Marks what a list page shows once it has items (`<div *ndListPageBody>`): a template, so the
 * table is only built when there is something to show.
 */
@Directive({ selector: '[ndListPageBody]' })
export class ListPageBodyDirective {
  readonly template = inject(TemplateRef);
}
