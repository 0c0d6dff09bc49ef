import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  FakeLiveEvents,
  LiveEventsService,
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import type { PreSessionBrief, Role } from '@navdesk/contracts';
import { HomePageComponent } from './home-page.component';

function brief(overrides: Partial<PreSessionBrief> = {}): PreSessionBrief {
  return {
    patientRef: 'P-7QK2M9',
    session: {
      number: 4,
      startsAt: '2026-03-04T10:00:00.000Z',
      mode: 'face_to_face',
    },
    since: '2026-02-18T10:00:00.000Z',
    preparedAt: '2026-03-02T06:00:00.000Z',
    modules: { completed: [], started: [], overdueMandatory: [] },
    mood: { latest: 4, min: 4, max: 7, change: -3, ratings: 5 },
    logins: {
      count: 3,
      daysActive: 2,
      longestGapDays: 6,
      lastLoginAt: '2026-02-25T19:00:00.000Z',
    },
    notifications: { sent: 30, dismissed: 12 },
    flags: [
      {
        id: 'f-1',
        patientRef: 'P-7QK2M9',
        kind: 'mood_drop',
        cause: 'disengagement',
        status: 'open',
        detail: 'Mood fell from 7 to 4',
        raisedAt: '2026-03-01T06:00:00.000Z',
        clearedAt: null,
      },
    ],
    openTickets: [],
    resets: [],
    ...overrides,
  };
}

const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('HomePageComponent', () => {
  let http: HttpTestingController;
  let live: FakeLiveEvents;
  let fixture: ComponentFixture<HomePageComponent>;
  let host: HTMLElement;

  async function renderAs(role: Role) {
    live = new FakeLiveEvents();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withXhr()),
        provideHttpClientTesting(),
        { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
        { provide: LiveEventsService, useValue: live },
      ],
    });
    TestBed.inject(SessionStore).start({
      accessToken: 't',
      expiresIn: 900,
      user: {
        id: 'u-1',
        email: `${role}@navdesk.test`,
        name: 'Priya Patel',
        role,
        serviceIds: ['s-1'],
      },
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/services?limit=200').flush({
      items: [{ id: 's-1', code: 'N', name: 'North' }],
      nextCursor: null,
    });
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  it("shows a PWP today's briefs, soonest first, each linking to its brief", async () => {
    await renderAs('pwp');
    http.expectOne('/api/briefs/today').flush([
      brief(),
      brief({
        patientRef: 'P-4HX8TB',
        flags: [],
        mood: { latest: null, min: null, max: null, change: null, ratings: 0 },
        logins: {
          count: 0,
          daysActive: 0,
          longestGapDays: 14,
          lastLoginAt: null,
        },
      }),
    ]);
    await fixture.whenStable();

    const region = host.querySelector(
      '[data-testid="todays-briefs"]',
    ) as HTMLElement;
    expect(region.getAttribute('role')).toBe('region');
    expect(host.querySelector('#briefs-heading')?.textContent).toBe(
      "Today's briefs",
    );
    const cards = [...region.querySelectorAll('[data-testid="brief-card"]')];
    expect(cards.map((c) => c.getAttribute('data-patient-ref'))).toEqual([
      'P-7QK2M9',
      'P-4HX8TB',
    ]);
    const first = (cards[0].textContent ?? '').replace(/\s+/g, ' ');
    expect(first).toContain('Session 4, Wed 4 Mar, 10:00');
    expect(first).toContain('Mood drop');
    expect(first).toContain('Mood 4/10 (range 4–7)');
    expect(first).toContain('3 log-ins, longest gap 6 days');
    const link = cards[0].querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/patients/P-7QK2M9/brief');
    expect(link.getAttribute('aria-label')).toBe('Open brief for P-7QK2M9');
    // The name starts with what the button shows, so saying "Open brief" reaches it (WCAG 2.5.3).
    expect(link.getAttribute('aria-label')).toContain(link.textContent?.trim());
    expect(cards[1].textContent).toContain('No log-ins since the last session');
  });

  it('says when there are no face-to-face sessions soon, and refreshes live', async () => {
    await renderAs('pwp');
    http.expectOne('/api/briefs/today').flush([]);
    await fixture.whenStable();
    expect(
      host.querySelector('[data-testid="no-briefs"]')?.textContent,
    ).toContain('No face-to-face sessions in the next two working days');

    live.emit({ type: 'patient.changed', id: 'p-1' });
    await wait(350);
    http.expectOne('/api/briefs/today').flush([brief()]);
    await fixture.whenStable();
    expect(host.querySelectorAll('[data-testid="brief-card"]')).toHaveLength(1);
  });

  it('shows no briefs to a navigator', async () => {
    await renderAs('navigator');
    http.expectNone('/api/briefs/today');
    expect(host.querySelector('[data-testid="todays-briefs"]')).toBeNull();
    expect(host.textContent).toContain('Flags');
  });

  it('shows a manager this week against last week, linking to the reports', async () => {
    await renderAs('manager');
    http.expectNone('/api/briefs/today');
    http.expectOne('/api/reports/overview').flush({
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
      ],
    });
    await fixture.whenStable();
    const region = host.querySelector(
      '[data-testid="week-on-week"]',
    ) as HTMLElement;
    expect(region.textContent).toContain('This week against last week');
    expect(region.textContent).toContain('Down 4 on last week: better');
    // One way in: the area cards do not repeat the link.
    const links = [...host.querySelectorAll('a')].map((a) =>
      a.textContent?.trim(),
    );
    expect(links.filter((name) => name === 'Open reports')).toHaveLength(1);
    expect(links).toContain('Open incidents');
  });

  it('shows no weekly figures to a navigator, whose areas include the reports', async () => {
    await renderAs('navigator');
    http.expectNone('/api/reports/overview');
    expect(host.querySelector('[data-testid="week-on-week"]')).toBeNull();
    const links = [...host.querySelectorAll('a')].map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toContain('Open reports');
  });
});
