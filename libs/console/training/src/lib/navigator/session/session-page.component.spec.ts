import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  FakeLiveEvents,
  SessionStore,
  TrainingPwpOption,
} from '@navdesk/console/data-access';
import type { TrainingSessionDetail } from '@navdesk/contracts';
import {
  bookingView,
  button,
  choose,
  heading,
  sessionDetail,
  setUpAs,
  text,
  wait,
} from '../../testing/training-fixtures';
import { invitationWords } from '../invitation-words';
import { SessionPageComponent } from './session-page.component';

const URL = '/api/training/sessions/ts-1';
const MINUTE = 60_000;
const fromNow = (minutes: number) =>
  new Date(Date.now() + minutes * MINUTE).toISOString();

const PWPS: TrainingPwpOption[] = [
  { id: 'u-pwp', name: 'Priya Patel', serviceIds: ['s-1'] },
  { id: 'u-pwp2', name: 'Sam Jones', serviceIds: ['s-1'] },
  { id: 'u-pwp3', name: 'Ali Khan', serviceIds: ['s-1'] },
  { id: 'u-other', name: 'Other Service', serviceIds: ['s-9'] },
];

/** Starts in 30 minutes: attendance is open, invitations still make sense. */
function soon(
  overrides: Partial<TrainingSessionDetail> = {},
): TrainingSessionDetail {
  return sessionDetail({
    startsAt: fromNow(30),
    endsAt: fromNow(120),
    bookings: [
      bookingView(),
      bookingView({
        pwp: { id: 'u-pwp2', name: 'Sam Jones' },
        attendance: {
          confidenceBefore: 5,
          confidenceAfter: 8,
          recordedAt: fromNow(-5),
        },
      }),
    ],
    invited: [{ id: 'u-pwp3', name: 'Ali Khan' }],
    ...overrides,
  });
}

describe('invitationWords', () => {
  it('says who was invited and who already was', () => {
    expect(
      invitationWords({ invited: 1, alreadyInvited: 0, alreadyBooked: 0 }),
    ).toBe('1 PWP invited.');
    expect(
      invitationWords({ invited: 2, alreadyInvited: 1, alreadyBooked: 3 }),
    ).toBe('2 PWPs invited; 1 already invited; 3 already booked.');
  });
});

describe('SessionPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<SessionPageComponent>;
  let host: HTMLElement;

  async function open(detail: TrainingSessionDetail = soon()) {
    live = setUpAs('navigator');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionPageComponent);
    fixture.componentRef.setInput('id', 'ts-1');
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(URL).flush(detail);
    http.expectOne('/api/training/pwps').flush(PWPS);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  const row = (pwpId: string) =>
    host.querySelector(`tr[data-pwp-id="${pwpId}"]`) as HTMLElement;
  const status = () =>
    text(host.querySelector('[data-testid="session-status"]'));

  it('shows the roster with booking state and the confidence already recorded', async () => {
    await open();
    expect(heading(host, 'Helping patients choose modules')?.tagName).toBe(
      'H1',
    );
    expect(heading(host, 'Roster')).not.toBeNull();
    expect(
      text(host.querySelector('[data-testid="session-summary"]')),
    ).toContain('4 of 12');
    expect(text(row('u-pwp'))).toContain('Booked');
    expect(text(row('u-pwp2'))).toContain('Attended');
    const [before, after] = [...row('u-pwp2').querySelectorAll('select')];
    expect(before.selectedOptions[0].textContent?.trim()).toBe('5');
    expect(after.selectedOptions[0].textContent?.trim()).toBe('8');
    expect(text(button(row('u-pwp'), 'Save attendance'))).toBe(
      'Save attendance for Priya Patel',
    );
    expect(host.querySelector('[data-testid="attendance-opens"]')).toBeNull();
  });

  it('records a booked PWP’s attendance with confidence before and after', async () => {
    await open();
    const [before, after] = [...row('u-pwp').querySelectorAll('select')];
    choose(before, before.options[3].value);
    choose(after, after.options[7].value);
    await fixture.whenStable();
    button(row('u-pwp'), 'Save attendance').click();
    await fixture.whenStable();
    const post = http.expectOne(`${URL}/attendance`);
    expect(post.request.body).toEqual({
      pwpId: 'u-pwp',
      confidenceBefore: 3,
      confidenceAfter: 7,
    });
    post.flush(
      {
        sessionId: 'ts-1',
        pwpId: 'u-pwp',
        confidenceBefore: 3,
        confidenceAfter: 7,
        change: 4,
        recordedAt: fromNow(0),
      },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(status()).toBe(
      'Attendance saved for Priya Patel: confidence 3 → 7.',
    );
    http.expectOne(URL).flush(soon());
    await fixture.whenStable();
  });

  it('shows why attendance was refused (409: too early) in the row', async () => {
    await open(soon({ startsAt: fromNow(24 * 60), endsAt: fromNow(25 * 60) }));
    expect(
      text(host.querySelector('[data-testid="attendance-opens"]')),
    ).toContain('Attendance can be recorded from 60 minutes before the start');
    button(row('u-pwp'), 'Save attendance').click();
    await fixture.whenStable();
    expect(text(row('u-pwp'))).toContain(
      'Choose confidence before and after, 1 to 10.',
    );
    const [before, after] = [...row('u-pwp').querySelectorAll('select')];
    choose(before, before.options[1].value);
    choose(after, after.options[2].value);
    await fixture.whenStable();
    button(row('u-pwp'), 'Save attendance').click();
    await fixture.whenStable();
    http.expectOne(`${URL}/attendance`).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Attendance opens 60 minutes before the session',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text(row('u-pwp').querySelector('[role="alert"]'))).toBe(
      'Attendance opens 60 minutes before the session',
    );
  });

  it('adds a walk-in from the PWPs of the session’s service not on the roster', async () => {
    await open();
    expect(heading(host, 'Add a walk-in')).not.toBeNull();
    const pwp = host.querySelector(
      '[data-testid="walk-in-pwp"]',
    ) as HTMLSelectElement;
    expect([...pwp.options].slice(1).map((o) => o.textContent?.trim())).toEqual(
      ['Ali Khan'],
    );
    choose(pwp, 'u-pwp3');
    choose(
      host.querySelector('[data-testid="walk-in-before"]') as HTMLSelectElement,
      (
        host.querySelector(
          '[data-testid="walk-in-before"]',
        ) as HTMLSelectElement
      ).options[2].value,
    );
    choose(
      host.querySelector('[data-testid="walk-in-after"]') as HTMLSelectElement,
      (host.querySelector('[data-testid="walk-in-after"]') as HTMLSelectElement)
        .options[6].value,
    );
    await fixture.whenStable();
    button(host, 'Add walk-in').click();
    await fixture.whenStable();
    const post = http.expectOne(`${URL}/attendance`);
    expect(post.request.body).toEqual({
      pwpId: 'u-pwp3',
      confidenceBefore: 2,
      confidenceAfter: 6,
    });
    post.flush(
      {
        sessionId: 'ts-1',
        pwpId: 'u-pwp3',
        confidenceBefore: 2,
        confidenceAfter: 6,
        change: 4,
        recordedAt: fromNow(0),
      },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(status()).toContain('Attendance saved for Ali Khan');
    http.expectOne(URL).flush(
      soon({
        bookings: [
          ...soon().bookings,
          bookingView({
            pwp: { id: 'u-pwp3', name: 'Ali Khan' },
            attendance: {
              confidenceBefore: 2,
              confidenceAfter: 6,
              recordedAt: fromNow(0),
            },
          }),
        ],
      }),
    );
    await fixture.whenStable();
    expect(text(row('u-pwp3'))).toContain('Attended');
    expect(text(host)).toContain('Every PWP of this service is on the roster.');
  });

  it('invites PWPs not yet booked or invited, and says what happened', async () => {
    await open(soon({ invited: [] }));
    expect(heading(host, 'Invite PWPs')).not.toBeNull();
    const boxes = [...host.querySelectorAll('fieldset mat-checkbox')];
    expect(boxes.map((b) => text(b))).toEqual(['Ali Khan']);
    (boxes[0].querySelector('input') as HTMLInputElement).click();
    await fixture.whenStable();
    button(host, 'Send 1 invitation').click();
    await fixture.whenStable();
    const post = http.expectOne(`${URL}/invitations`);
    expect(post.request.body).toEqual({ pwpIds: ['u-pwp3'] });
    post.flush(
      { invited: 1, alreadyInvited: 0, alreadyBooked: 0 },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(status()).toBe('1 PWP invited.');
    http.expectOne(URL).flush(soon());
    await fixture.whenStable();
    expect(text(host.querySelector('[data-testid="invited"]'))).toBe(
      'Invited: Ali Khan',
    );
  });

  it('cancels a session that has not started, after a confirm', async () => {
    await open(soon({ startsAt: fromNow(24 * 60), endsAt: fromNow(25 * 60) }));
    button(host, 'Cancel session').click();
    await fixture.whenStable();
    const dialog = document.querySelector(
      'mat-dialog-container',
    ) as HTMLElement;
    expect(text(dialog)).toContain('Cancel Helping patients choose modules?');
    expect(text(dialog)).toContain('the 4 booked PWPs are told');
    button(dialog, 'Cancel session').click();
    await fixture.whenStable();
    await wait(0);
    const post = http.expectOne(`${URL}/cancel`);
    expect(post.request.method).toBe('POST');
    post.flush({ ...soon(), cancelled: true });
    await fixture.whenStable();
    expect(
      text(host.querySelector('[data-testid="session-summary"]')),
    ).toContain('Cancelled');
    expect(status()).toBe('Session cancelled; booked PWPs are told.');
  });

  it('reloads live and says plainly when the session is not found', async () => {
    await open();
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(250);
    http.expectOne(URL).flush(soon({ booked: 5 }));
    await fixture.whenStable();
    expect(
      text(host.querySelector('[data-testid="session-summary"]')),
    ).toContain('5 of 12');
    fixture.componentInstance.load();
    await fixture.whenStable();
    http
      .expectOne(URL)
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(text(host.querySelector('[role="alert"]'))).toContain(
      'This session is not in your services, or no longer exists.',
    );
  });
});
