import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { TrainingSessionView } from '@navdesk/contracts';
import {
  button,
  sessionView,
  setUpAs,
  text,
} from '../testing/training-fixtures';
import { UpcomingSessionsComponent } from './upcoming-sessions.component';

describe('UpcomingSessionsComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<UpcomingSessionsComponent>;
  let host: HTMLElement;
  let changed: TrainingSessionView[];

  async function render(sessions: TrainingSessionView[]) {
    setUpAs('pwp');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UpcomingSessionsComponent);
    fixture.componentRef.setInput('sessions', sessions);
    changed = [];
    fixture.componentInstance.changed.subscribe((s) => changed.push(s));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  it('offers no button on a cancelled session and says it is cancelled', async () => {
    await render([sessionView({ cancelled: true })]);
    expect(text(host)).toContain('Cancelled');
    expect(host.querySelector('li button')).toBeNull();
  });

  it('says when nothing is planned', async () => {
    await render([]);
    expect(host.querySelector('h2')?.textContent).toBe('Upcoming sessions');
    expect(text(host)).toContain(
      'No sessions are planned in your services yet.',
    );
  });

  it('cancels a booking and tells the page; a refusal is shown beside the session', async () => {
    await render([
      sessionView({ myBooking: 'booked', booked: 5, seatsLeft: 7 }),
    ]);
    expect(text(host)).toContain('Booked');
    button(host, 'Cancel booking').click();
    await fixture.whenStable();
    http
      .expectOne({
        method: 'DELETE',
        url: '/api/training/sessions/ts-1/bookings',
      })
      .flush(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'The session has started; the booking cannot be cancelled',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(text(host.querySelector('[data-testid="booking-error"]'))).toBe(
      'The session has started; the booking cannot be cancelled',
    );
    expect(changed).toEqual([]);

    button(host, 'Cancel booking').click();
    await fixture.whenStable();
    expect(host.querySelector('[data-testid="booking-error"]')).toBeNull();
    http
      .expectOne({
        method: 'DELETE',
        url: '/api/training/sessions/ts-1/bookings',
      })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      myBooking: null,
      booked: 4,
      seatsLeft: 8,
    });
    expect(text(host.querySelector('[role="status"]'))).toBe(
      'Booking cancelled: Helping patients choose modules.',
    );
  });
});
