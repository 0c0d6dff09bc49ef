import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import { formatLondon } from '@navdesk/console/ui';
import type { TrainingSessionView } from '@navdesk/contracts';
import {
  button,
  choose,
  heading,
  moduleView,
  page,
  PAST_URL,
  sessionView,
  setUpAs,
  text,
  trainingRecord,
  UPCOMING_URL,
  wait,
} from '../testing/training-fixtures';
import {
  isRateable,
  PwpTrainingPageComponent,
} from './pwp-training-page.component';

const NOW = Date.parse('2026-03-10T13:30:00.000Z');
const MINUTE = 60_000;
/** Relative to the real clock (debounced live events need it running). */
const fromNow = (minutes: number) =>
  new Date(Date.now() + minutes * MINUTE).toISOString();

const invited = sessionView({
  id: 'ts-2',
  module: {
    id: 'tm-2',
    title: 'Reading engagement and mood data',
    topic: 'reading_engagement',
    core: false,
  },
  startsAt: '2026-03-12T10:00:00.000Z',
  endsAt: '2026-03-12T11:00:00.000Z',
  mode: 'in_person',
  location: 'Room 4',
  capacity: 10,
  booked: 10,
  seatsLeft: 0,
  invitedMe: true,
});
/** Booked, starting in 30 minutes: open for a confidence rating. */
const bookedSoon = sessionView({
  myBooking: 'booked',
  booked: 5,
  seatsLeft: 7,
  startsAt: fromNow(30),
  endsAt: fromNow(120),
});

describe('isRateable', () => {
  it('opens an hour before a booked session starts, never for a cancelled or unbooked one', () => {
    // Starts 14:00 UTC; NOW is 13:30.
    const booked = sessionView({ myBooking: 'booked' });
    expect(isRateable(booked, NOW)).toBe(true);
    expect(isRateable(booked, Date.parse('2026-03-10T12:59:00.000Z'))).toBe(
      false,
    );
    expect(isRateable({ ...booked, cancelled: true }, NOW)).toBe(false);
    expect(isRateable({ ...booked, myBooking: null }, NOW)).toBe(false);
    expect(isRateable({ ...booked, myBooking: 'attended' }, NOW)).toBe(false);
  });
});

describe('PwpTrainingPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<PwpTrainingPageComponent>;
  let host: HTMLElement;

  function flushAll(
    upcoming: TrainingSessionView[],
    past: TrainingSessionView[] = [],
  ) {
    http.expectOne(UPCOMING_URL).flush(page(upcoming));
    http.expectOne(PAST_URL).flush(page(past));
    http.expectOne('/api/training/record').flush(trainingRecord());
    http.expectOne('/api/training/modules').flush([moduleView()]);
  }

  beforeEach(async () => {
    live = setUpAs('pwp');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PwpTrainingPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    flushAll([sessionView(), invited]);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const card = (id: string) =>
    host.querySelector(`li[data-session-id="${id}"]`) as HTMLElement;

  it('shows upcoming sessions in UK time with place, seats, invitations and a Book button', () => {
    for (const name of [
      'Training',
      'Upcoming sessions',
      'Rate my confidence',
      'My training record',
      'Catalogue',
    ]) {
      expect(heading(host, name)).not.toBeNull();
    }
    const first = text(card('ts-1'));
    expect(first).toContain('Helping patients choose modules');
    expect(first).toContain('Tue 10 Mar 2026, 14:00 to 15:30 (UK time)');
    expect(first).toContain('Online, Teams link in the invitation');
    expect(first).toContain('8 of 12 seats left');
    expect(first).not.toContain('Invited');
    expect(button(card('ts-1'), 'Book')).toBeTruthy();

    const second = text(card('ts-2'));
    expect(second).toContain('Invited');
    expect(second).toContain('In person, Room 4');
    expect(second).toContain('Full: all 10 seats booked');
    expect(card('ts-2').getAttribute('aria-labelledby')).toBe('session-ts-2');
  });

  it('books a seat, then offers to cancel the booking', async () => {
    button(card('ts-1'), 'Book').click();
    await fixture.whenStable();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/training/sessions/ts-1/bookings',
    });
    post.flush(
      {
        sessionId: 'ts-1',
        pwp: { id: 'u-pwp', name: 'Priya Patel' },
        status: 'booked',
        bookedAt: '2026-03-10T13:30:00.000Z',
        attendance: null,
      },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(text(card('ts-1'))).toContain('7 of 12 seats left');
    expect(button(card('ts-1'), 'Cancel booking')).toBeTruthy();
    // The page re-reads everything quietly; the session is now rateable (starts within the hour).
    flushAll([bookedSoon, invited]);
    await fixture.whenStable();
    const rate = host.querySelector('[data-testid="rate-confidence"]');
    expect(rate?.querySelector('form[data-session-id="ts-1"]')).not.toBeNull();

    button(card('ts-1'), 'Cancel booking').click();
    await fixture.whenStable();
    http
      .expectOne({
        method: 'DELETE',
        url: '/api/training/sessions/ts-1/bookings',
      })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(button(card('ts-1'), 'Book')).toBeTruthy();
    flushAll([sessionView(), invited]);
    await fixture.whenStable();
  });

  it('shows the reason a booking was refused (409) beside the session', async () => {
    button(card('ts-2'), 'Book').click();
    await fixture.whenStable();
    http.expectOne('/api/training/sessions/ts-2/bookings').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'This session is full',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const error = card('ts-2').querySelector('[data-testid="booking-error"]');
    expect(text(error)).toBe('This session is full');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(
      card('ts-1').querySelector('[data-testid="booking-error"]'),
    ).toBeNull();
  });

  it('rates confidence for a booked session that has started, as the signed-in PWP', async () => {
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(250);
    const started = sessionView({
      id: 'ts-0',
      startsAt: fromNow(-30),
      endsAt: fromNow(30),
      myBooking: 'booked',
    });
    const later = sessionView({
      id: 'ts-3',
      startsAt: fromNow(24 * 60),
      endsAt: fromNow(25 * 60),
      myBooking: 'booked',
    });
    flushAll([later, invited], [started]);
    await fixture.whenStable();
    // Booked for tomorrow: not yet open for a rating.
    expect(host.querySelector('form[data-session-id="ts-3"]')).toBeNull();

    const form = host.querySelector(
      'form[data-session-id="ts-0"]',
    ) as HTMLFormElement;
    expect(text(form)).toContain(formatLondon(started.startsAt));
    const [before, after] = [
      ...form.querySelectorAll<HTMLSelectElement>('select'),
    ];
    // Labels tie each select to its question.
    expect(text(form)).toContain('Before the session');
    expect(text(form)).toContain('After the session');
    button(form, 'Save rating').click();
    await fixture.whenStable();
    expect(text(form)).toContain(
      'Choose how confident you felt before and after the session.',
    );
    choose(before, before.options[4].value);
    choose(after, after.options[8].value);
    await fixture.whenStable();
    button(form, 'Save rating').click();
    await fixture.whenStable();

    const post = http.expectOne('/api/training/sessions/ts-0/attendance');
    expect(post.request.body).toEqual({
      pwpId: 'u-pwp',
      confidenceBefore: 4,
      confidenceAfter: 8,
    });
    post.flush(
      {
        sessionId: 'ts-0',
        pwpId: 'u-pwp',
        confidenceBefore: 4,
        confidenceAfter: 8,
        change: 4,
        recordedAt: '2026-03-10T13:30:00.000Z',
      },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(
      text(
        host.querySelector('[data-testid="rate-confidence"] [role="status"]'),
      ),
    ).toContain('your confidence for Helping patients choose modules is saved');
    flushAll([later, invited], [{ ...started, myBooking: 'attended' }]);
    await fixture.whenStable();
    expect(host.querySelector('form[data-session-id="ts-0"]')).toBeNull();
  });

  it('shows the record and the catalogue', () => {
    const record = text(host.querySelector('[data-testid="training-record"]'));
    expect(record).toContain('1 of 2 core induction modules done.');
    expect(record).toContain('Mean confidence change: +3 over 1 session.');
    expect(
      host.querySelector('table[aria-label="Training catalogue"]'),
    ).not.toBeNull();
  });

  it('says what went wrong when the training cannot be loaded', async () => {
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(250);
    flushAll([sessionView()]);
    await fixture.whenStable();
    fixture.componentInstance.load();
    await fixture.whenStable();
    http
      .expectOne(UPCOMING_URL)
      .flush(
        { statusCode: 503, error: 'Service Unavailable', message: 'Down' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    for (const url of [
      PAST_URL,
      '/api/training/record',
      '/api/training/modules',
    ]) {
      const req = http.match(url);
      expect(req.every((r) => r.cancelled)).toBe(true);
    }
    await fixture.whenStable();
    expect(text(host.querySelector('[role="alert"]'))).toContain('Down');
    button(host, 'Try again').click();
    await fixture.whenStable();
    flushAll([sessionView()]);
    await fixture.whenStable();
    expect(card('ts-1')).not.toBeNull();
  });
});
