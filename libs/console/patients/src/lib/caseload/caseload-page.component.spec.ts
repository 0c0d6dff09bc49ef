import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { Page, PatientListItem } from '@navdesk/contracts';
import { CaseloadPageComponent } from './caseload-page.component';

const patient: PatientListItem = {
  patientRef: 'P-7QK2M9',
  serviceId: 's-1',
  pwpId: 'u-pwp',
  sessionsPlanned: 11,
  sessionsAttended: 3,
  nextSession: {
    number: 4,
    startsAt: '2026-03-03T10:00:00.000Z',
    mode: 'online',
  },
  sessions: [],
};

describe('CaseloadPageComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    TestBed.inject(SessionStore).start({
      accessToken: 't',
      expiresIn: 900,
      user: {
        id: 'u-pwp',
        email: 'pwp01@navdesk.test',
        name: 'Pat',
        role: 'pwp',
        serviceIds: ['s-1'],
      },
    });
  });

  afterEach(() => TestBed.inject(SessionStore).clear());

  it('lists patients with their next session and sessions done of 11', async () => {
    const fixture = TestBed.createComponent(CaseloadPageComponent);
    await fixture.whenStable();
    const page: Page<PatientListItem> = { items: [patient], nextCursor: null };
    TestBed.inject(HttpTestingController)
      .expectOne('/api/patients?limit=50')
      .flush(page);
    await fixture.whenStable();

    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('P-7QK2M9');
    expect(text).toContain('Tue 3 Mar 2026, 10:00');
    expect(text).toContain('Online');
    expect(text).toContain('3 of 11');
    // The ref opens the patient page; it sits in the path, never in a query string.
    const link = (fixture.nativeElement as HTMLElement).querySelector(
      'a.ref',
    ) as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('P-7QK2M9');
    expect(link.getAttribute('href')).toBe('/patients/P-7QK2M9');
  });

  it('says so when the caseload is empty', async () => {
    const fixture = TestBed.createComponent(CaseloadPageComponent);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/patients?limit=50')
      .flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'No patients yet',
    );
  });
});
