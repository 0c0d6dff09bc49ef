import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import {
  button,
  choose,
  heading,
  moduleView,
  page,
  sessionView,
  setUpAs,
  text,
  type,
  wait,
} from '../../testing/training-fixtures';
import { SchedulePageComponent } from './schedule-page.component';

const UPCOMING = '/api/training/sessions?limit=50&when=upcoming';
const PAST = '/api/training/sessions?limit=20&when=past';

const past = sessionView({
  id: 'ts-0',
  startsAt: '2026-02-03T10:00:00.000Z',
  endsAt: '2026-02-03T11:00:00.000Z',
  booked: 9,
  capacity: 10,
  seatsLeft: 1,
});

describe('SchedulePageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<SchedulePageComponent>;
  let host: HTMLElement;

  async function open(serviceIds = ['s-1']) {
    live = setUpAs('navigator', serviceIds);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SchedulePageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    if (serviceIds.length > 1) {
      http.expectOne('/api/services?limit=200').flush({
        items: [
          { id: 's-1', name: 'North Talking Therapies' },
          { id: 's-2', name: 'South Talking Therapies' },
        ],
        nextCursor: null,
      });
    }
    http
      .expectOne('/api/training/modules')
      .flush([
        moduleView(),
        moduleView({ id: 'tm-2', title: 'Reading mood charts', core: false }),
      ]);
    http.expectOne(UPCOMING).flush(page([sessionView()]));
    http.expectOne(PAST).flush(page([past]));
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const field = <T extends Element>(selector: string) =>
    host.querySelector(selector) as T | null;

  it('lists upcoming and past sessions with seats booked, each linking to its roster', async () => {
    await open();
    expect(heading(host, 'Schedule a session')).not.toBeNull();
    expect(heading(host, 'Upcoming sessions')).not.toBeNull();
    expect(heading(host, 'Past sessions')).not.toBeNull();
    const upcoming = host.querySelector(
      'table[aria-label="Upcoming training sessions"]',
    ) as HTMLElement;
    const headers = [...upcoming.querySelectorAll('th')].map((th) => text(th));
    expect(headers).toEqual([
      'Module',
      'When (UK)',
      'Where',
      'Booked',
      'Status',
    ]);
    const row = upcoming.querySelector(
      'tr[data-session-id="ts-1"]',
    ) as HTMLElement;
    expect(row.querySelector('a')?.getAttribute('href')).toBe(
      '/training/sessions/ts-1',
    );
    expect(text(row)).toContain('Tue 10 Mar 2026, 14:00');
    expect(text(row.querySelector('[data-testid="session-booked"]'))).toBe(
      '4 of 12',
    );
    expect(
      text(
        host.querySelector(
          'table[aria-label="Past training sessions"] tr[data-session-id="ts-0"]',
        ),
      ),
    ).toContain('9 of 10');
  });

  it('schedules a session at a UK time and shows it in the list', async () => {
    await open();
    choose(
      field<HTMLSelectElement>('select[formControlName="moduleId"]'),
      'tm-2',
    );
    // 1 June (typed the British way) is in British Summer Time: 10:30 in the UK is 09:30 UTC.
    type(
      field<HTMLInputElement>('input[formControlName="date"]'),
      '01/06/2026',
    );
    type(field<HTMLInputElement>('input[formControlName="time"]'), '10:30');
    type(field<HTMLInputElement>('input[formControlName="capacity"]'), '15');
    choose(
      field<HTMLSelectElement>('select[formControlName="mode"]'),
      'in_person',
    );
    type(
      field<HTMLInputElement>('input[formControlName="location"]'),
      ' Room 4 ',
    );
    await fixture.whenStable();
    button(host, 'Schedule session').click();
    await fixture.whenStable();

    const post = http.expectOne({
      method: 'POST',
      url: '/api/training/sessions',
    });
    expect(post.request.body).toEqual({
      moduleId: 'tm-2',
      startsAt: '2026-06-01T09:30:00.000Z',
      capacity: 15,
      mode: 'in_person',
      location: 'Room 4',
    });
    const created = sessionView({
      id: 'ts-9',
      startsAt: '2026-06-01T09:30:00.000Z',
      endsAt: '2026-06-01T10:30:00.000Z',
    });
    post.flush(created, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(text(host.querySelector('[data-testid="schedule-status"]'))).toBe(
      'Scheduled: Helping patients choose modules, Mon 1 Jun 2026, 10:30.',
    );
    http.expectOne(UPCOMING).flush(page([sessionView(), created]));
    await fixture.whenStable();
    expect(host.querySelector('tr[data-session-id="ts-9"]')).not.toBeNull();
  });

  it('asks for the date as DD/MM/YYYY, with a Monday-first calendar', async () => {
    await open();
    const date = field<HTMLInputElement>('input[formControlName="date"]');
    const hint = host.querySelector(
      `[id="${date?.getAttribute('aria-describedby')}"]`,
    );
    expect(text(hint)).toBe('DD/MM/YYYY');
    const label = host.querySelector(`label[for="${date?.id}"]`);
    expect(text(label)).toContain('Date');

    type(date, '31/02/2026');
    date?.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(text(host)).toContain(
      'Give the date as DD/MM/YYYY, e.g. 10/09/2026',
    );

    host
      .querySelector<HTMLButtonElement>('button[aria-label="Choose the date"]')
      ?.click();
    await fixture.whenStable();
    const days = [
      ...document.querySelectorAll('.mat-calendar-table-header th'),
    ].map((th) => text(th.querySelector('.cdk-visually-hidden')));
    expect(days[0]).toBe('Monday');
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  it('sends a typed 10/09/2026 as 10 September, UK time', async () => {
    await open();
    choose(
      field<HTMLSelectElement>('select[formControlName="moduleId"]'),
      'tm-1',
    );
    type(
      field<HTMLInputElement>('input[formControlName="date"]'),
      '10/09/2026',
    );
    type(field<HTMLInputElement>('input[formControlName="time"]'), '14:00');
    await fixture.whenStable();
    button(host, 'Schedule session').click();
    await fixture.whenStable();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/training/sessions',
    });
    expect(post.request.body.startsAt).toBe('2026-09-10T13:00:00.000Z');
    post.flush(sessionView({ id: 'ts-8' }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    http.expectOne(UPCOMING).flush(page([sessionView()]));
  });

  it('says what is missing, and shows the server’s field messages (400)', async () => {
    await open();
    button(host, 'Schedule session').click();
    await fixture.whenStable();
    expect(text(host)).toContain('Choose the module the session teaches');
    expect(text(host)).toContain('Give the date of the session');

    choose(
      field<HTMLSelectElement>('select[formControlName="moduleId"]'),
      'tm-1',
    );
    type(
      field<HTMLInputElement>('input[formControlName="date"]'),
      '01/01/2020',
    );
    type(field<HTMLInputElement>('input[formControlName="time"]'), '09:00');
    await fixture.whenStable();
    button(host, 'Schedule session').click();
    await fixture.whenStable();
    http.expectOne({ method: 'POST', url: '/api/training/sessions' }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        details: [
          { field: 'startsAt', message: 'startsAt must be in the future' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(host)).toContain('startsAt must be in the future');
  });

  it('asks which service when the navigator has two', async () => {
    await open(['s-1', 's-2']);
    const service = field<HTMLSelectElement>(
      'select[formControlName="serviceId"]',
    );
    expect(
      [...(service?.options ?? [])].map((o) => o.textContent?.trim()),
    ).toEqual([
      'Choose a service',
      'North Talking Therapies',
      'South Talking Therapies',
    ]);
    choose(
      field<HTMLSelectElement>('select[formControlName="moduleId"]'),
      'tm-1',
    );
    type(
      field<HTMLInputElement>('input[formControlName="date"]'),
      '01/12/2026',
    );
    type(field<HTMLInputElement>('input[formControlName="time"]'), '14:00');
    choose(service, 's-2');
    await fixture.whenStable();
    button(host, 'Schedule session').click();
    await fixture.whenStable();
    const post = http.expectOne({
      method: 'POST',
      url: '/api/training/sessions',
    });
    expect(post.request.body.serviceId).toBe('s-2');
    expect(post.request.body.startsAt).toBe('2026-12-01T14:00:00.000Z');
    post.flush(sessionView({ id: 'ts-7' }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    http.expectOne(UPCOMING).flush(page([sessionView()]));
  });

  it('refreshes both lists live', async () => {
    await open();
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(250);
    http
      .expectOne(UPCOMING)
      .flush(page([sessionView({ booked: 12, seatsLeft: 0 })]));
    http.expectOne(PAST).flush(page([past]));
    await fixture.whenStable();
    expect(text(host.querySelector('tr[data-session-id="ts-1"]'))).toContain(
      'Full',
    );
  });
});
