import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ReportsOverview } from '@navdesk/contracts';
import { WeekOnWeekComponent } from './week-on-week.component';

const OVERVIEW: ReportsOverview = {
  serviceIds: ['s-1'],
  thisWeek: { from: '2026-03-23', to: '2026-03-29' },
  lastWeek: { from: '2026-03-16', to: '2026-03-22' },
  figures: [
    {
      key: 'backlog',
      label: 'Open tickets',
      thisWeek: 7,
      lastWeek: 11,
      betterWhen: 'down',
    },
    {
      key: 'slaMet',
      label: 'SLA met (%)',
      thisWeek: 88,
      lastWeek: 92,
      betterWhen: 'up',
    },
    {
      key: 'activePatients',
      label: 'Active patients',
      thisWeek: '<5',
      lastWeek: 6,
      betterWhen: 'up',
    },
    {
      key: 'incidents',
      label: 'New incidents',
      thisWeek: 2,
      lastWeek: 2,
      betterWhen: 'down',
    },
  ],
};

const text = (el: Element | null) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('WeekOnWeekComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<WeekOnWeekComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withXhr()),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WeekOnWeekComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const card = (key: string) =>
    host.querySelector(`[data-key="${key}"]`) as HTMLElement;
  const change = (key: string) =>
    text(card(key).querySelector('[data-testid="week-change"]'));

  it('compares each figure with last week and says in words whether it is better', async () => {
    http.expectOne('/api/reports/overview').flush(OVERVIEW);
    await fixture.whenStable();

    expect(host.getAttribute('role')).toBe('region');
    expect(text(host.querySelector('#week-on-week-heading'))).toBe(
      'This week against last week',
    );
    expect(text(host)).toContain(
      'This week 23 Mar to 29 Mar, against 16 Mar to 22 Mar, all your services.',
    );
    expect(text(card('backlog').querySelector('h3'))).toBe('Open tickets');
    expect(text(card('backlog').querySelector('.now'))).toBe('7');
    expect(change('backlog')).toBe('↓ Down 4 on last week: better');
    expect(
      card('backlog').querySelector(
        '[data-testid="week-change"] [aria-hidden="true"]',
      )?.textContent,
    ).toBe('↓');
    expect(change('slaMet')).toBe('↓ Down 4 on last week: worse');
    expect(change('incidents')).toBe('→ No change on last week');
    const link = host.querySelector('a') as HTMLAnchorElement;
    expect(text(link)).toBe('Open reports');
    expect(link.getAttribute('href')).toBe('/reports');
  });

  it('shows a hidden count as "<5" and does not compare it', async () => {
    http.expectOne('/api/reports/overview').flush(OVERVIEW);
    await fixture.whenStable();
    const now = card('activePatients').querySelector('.now') as HTMLElement;
    expect(now.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toBe(
      '<5',
    );
    expect(text(now)).toContain('fewer than 5, hidden to protect privacy');
    expect(change('activePatients')).toBe(
      '· Not compared: a count is fewer than 5',
    );
  });

  it('says when the figures could not be loaded, and tries again', async () => {
    http
      .expectOne('/api/reports/overview')
      .flush(
        {
          statusCode: 500,
          error: 'Internal Server Error',
          message: 'Reports are unavailable',
        },
        { status: 500, statusText: 'Internal Server Error' },
      );
    await fixture.whenStable();
    const banner = host.querySelector('nd-error-banner') as HTMLElement;
    expect(text(banner)).toContain('Reports are unavailable');
    (banner.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectOne('/api/reports/overview').flush({ ...OVERVIEW, figures: [] });
    await fixture.whenStable();
    expect(text(host)).toContain('No figures for this week yet.');
  });
});
