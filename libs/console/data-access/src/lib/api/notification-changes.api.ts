import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CreateNotificationChangeRequest,
  NotificationChangeView,
} from '@navdesk/contracts';
import { patientUrl } from './programme-account.api';

@Injectable({ providedIn: 'root' })
export class NotificationChangesApi {
  readonly #http = inject(HttpClient);

  /** Changes to one patient's reminders, newest first. */
  list(patientRef: string): Observable<NotificationChangeView[]> {
    return this.#http.get<NotificationChangeView[]>(
      `${patientUrl(patientRef)}/notification-changes`,
    );
  }

  /** Navigators: 202, queued until the digital programme applies it. */
  create(
    patientRef: string,
    request: CreateNotificationChangeRequest,
  ): Observable<NotificationChangeView> {
    return this.#http.post<NotificationChangeView>(
      `${patientUrl(patientRef)}/notification-changes`,
      request,
    );
  }
}
