import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

export const APP_NAME = 'Navdesk';

/** Every page says what it is first, then the product: "Caseload · Navdesk". */
@Injectable({ providedIn: 'root' })
export class NavdeskTitleStrategy extends TitleStrategy {
  readonly #title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const title = this.buildTitle(snapshot);
    this.#title.setTitle(title ? `${title} · ${APP_NAME}` : APP_NAME);
  }
}
