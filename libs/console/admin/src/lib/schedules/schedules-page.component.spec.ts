import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ScheduleView } from '@navdesk/contracts';
import { SchedulesPageComponent } from './schedules-page.component';

const sweep: ScheduleView = {
  queue: 'tickets',
  name: 'sla-sweep',
  interval: 'every 1 min',
  expectedEveryMs: 60_000,
  registeredAt: '2026-03-10T08:00:00.000Z',
  lastStartedAt: '2026-03-10T09:59:00.000Z',
  lastSucceededAt: '2026-03-10T09:59:01.000Z',
  lastFailedAt: null,
  lastError: null,
  nextRunAt: '2026-03-10T10:00:00.000Z',
  inRedis: true,
  late: false,
};

const digest: ScheduleView = {
  queue: 'reports',
  name: 'weekly-digest',
  interval: '0 8 * * 1 (Europe/London)',
  expectedEveryMs: 7 * 86_400_000,
  registeredAt: '2026-01-01T08:00:00.000Z',
  lastStartedAt: '2026-02-02T08:00:00.000Z',
  lastSucceededAt: null,
  lastFailedAt: '2026-02-02T08:00:03.000Z',
  lastError: 'connect ECONNREFUSED 127.0.0.1:587',
  nextRunAt: '2026-03-16T08:00:00.000Z',
  inRedis: false,
  late: true,
};

async function render() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(withXhr()), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(SchedulesPageComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const respond = async (
    body: ScheduleView[] | { status: number; statusText: string },
  ) => {
    const req = backend.expectOne('/api/admin/schedules');
    if (Array.isArray(body)) req.flush(body);
    else
      req.flush(
        { statusCode: body.status, error: body.statusText, message: 'nope' },
        body,
      );
    await fixture.whenStable();
  };
  const rows = () =>
    [...host.querySelectorAll('tr[mat-row]')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) =>
        (td.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    );
  return { fixture, backend, host, respond, rows };
}

describe('SchedulesPageComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists each schedule with its interval, last run, last success, next run and last error', async () => {
    const { respond, rows } = await render();
    await respond([sweep, digest]);
    expect(rows()).toEqual([
      [
        'sla-sweep',
        'tickets',
        'every 1 min',
        '10 Mar 2026, 09:59:00',
        '10 Mar 2026, 09:59:01',
        '10 Mar 2026, 10:00:00',
        '—',
      ],
      [
        'weekly-digest Late Not in Redis',
        'reports',
        '0 8 * * 1 (Europe/London)',
        '2 Feb 2026, 08:00:00',
        'Never',
        '16 Mar 2026, 08:00:00',
        'connect ECONNREFUSED 127.0.0.1:587 2 Feb 2026, 08:00:03',
      ],
    ]);
  });

  it('marks late schedules and says how many are late', async () => {
    const { respond, host } = await render();
    await respond([sweep, digest]);
    expect(host.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      '1 of 2 schedules late',
    );
    const lateRows = [...host.querySelectorAll('tr.late-row')];
    expect(lateRows.map((r) => r.querySelector('.name')?.textContent)).toEqual([
      'weekly-digest',
    ]);
  });

  it('says nothing is late when every schedule is on time', async () => {
    const { respond, host } = await render();
    await respond([sweep]);
    expect(host.querySelector('[role="status"]')).toBeNull();
    expect(host.querySelector('.late')).toBeNull();
  });

  it('says when the worker has recorded no schedule yet', async () => {
    const { respond, host } = await render();
    await respond([]);
    expect(host.textContent).toContain('No schedules yet');
  });

  it('shows why the list could not be loaded, and loads again on Refresh', async () => {
    const { respond, host, fixture } = await render();
    await respond({ status: 503, statusText: 'Service Unavailable' });
    expect(host.textContent).toContain('Schedules could not be loaded');
    host.querySelector<HTMLButtonElement>('nd-page-header button')?.click();
    fixture.detectChanges();
    await respond([sweep]);
    expect(host.textContent).not.toContain('Schedules could not be loaded');
    expect(host.textContent).toContain('sla-sweep');
  });
});
