import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import {
  HttpTestingController,
  TestRequest,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { Page, PatientListItem, Role } from '@navdesk/contracts';
import { listItem } from '../testing/engagement-fixtures';
import { setUpAs, text } from '../testing/patient-fixtures';
import { CaseloadPageComponent } from './caseload-page.component';

const DAY = 24 * 60 * 60 * 1000;
const page = (items: PatientListItem[]): Page<PatientListItem> => ({
  items,
  nextCursor: null,
});

describe('CaseloadPageComponent', () => {
  let pwpNames: { id: string; name: string; serviceIds: string[] }[] = [];
  let http: HttpTestingController;
  let fixture: ComponentFixture<CaseloadPageComponent>;
  let host: HTMLElement;

  afterEach(() => {
    http.verify();
    pwpNames = [];
    TestBed.inject(SessionStore).clear();
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  async function open(
    role: Role,
    answer: (req: TestRequest) => void = (req) => req.flush(page([listItem()])),
  ) {
    setUpAs(role);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseloadPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    if (role === 'navigator') {
      http.expectOne('/api/services?limit=200').flush({
        items: [{ id: 's-1', code: 'S1', name: 'North' }],
        nextCursor: null,
      });
      http.expectOne('/api/training/pwps').flush(pwpNames);
    }
    answer(http.expectOne('/api/patients?limit=50'));
    await fixture.whenStable();
  }

  const row = (ref: string) =>
    host.querySelector(`tr[data-patient-ref="${ref}"]`) as HTMLElement;

  it('lists patients with their next session and sessions attended of 11', async () => {
    await open('pwp');
    const t = text(host);
    expect(t).toContain('P-7QK2M9');
    expect(t).toContain('Tue 3 Mar 2026, 10:00');
    expect(t).toContain('Online');
    expect(t).toContain('3 of 11');
    // The ref opens the patient page; it sits in the path, never in a query string.
    const link = host.querySelector('a.ref') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('P-7QK2M9');
    expect(link.getAttribute('href')).toBe('/patients/P-7QK2M9');
  });

  it('shows last active in words, modules done, the mood trend and readable flags', async () => {
    const now = Date.now();
    await open('pwp', (req) =>
      req.flush(
        page([
          listItem({
            patientRef: 'P-AAAA01',
            lastLoginAt: new Date(now - 1 * DAY).toISOString(),
            modulesCompleted: 4,
            moodTrend: { latest: 7, change: 2 },
          }),
          listItem({
            patientRef: 'P-BBBB02',
            lastLoginAt: new Date(now - 5 * DAY).toISOString(),
          }),
          listItem({
            patientRef: 'P-CCCC03',
            lastLoginAt: new Date(now - 12 * DAY).toISOString(),
            moodTrend: { latest: 3, change: -4 },
            flags: ['no_login', 'mood_drop'],
          }),
          listItem({ patientRef: 'P-DDDD04', lastLoginAt: null }),
        ]),
      ),
    );
    const chip = (ref: string) =>
      row(ref).querySelector('[data-testid="activity-chip"]') as HTMLElement;
    expect(chip('P-AAAA01').textContent?.trim()).toBe('Active recently');
    expect(chip('P-BBBB02').textContent?.trim()).toBe('This week');
    expect(chip('P-CCCC03').textContent?.trim()).toBe('Inactive 8+ days');
    expect(chip('P-CCCC03').getAttribute('data-band')).toBe('older');
    expect(chip('P-DDDD04').textContent?.trim()).toBe('Never logged in');

    expect(text(row('P-AAAA01'))).toContain('4');
    expect(text(row('P-AAAA01'))).toContain(
      'Mood 7 out of 10, up 2 points on a week before',
    );

    const flagged = row('P-CCCC03');
    expect(flagged.getAttribute('data-flagged')).toBe('true');
    expect(
      [...flagged.querySelectorAll('nd-flag-chip')].map((c) =>
        c.textContent?.trim(),
      ),
    ).toEqual(['⚑ No log-in', '⚑ Mood drop']);
    expect(text(flagged)).toContain('down 4 points');
    expect(row('P-AAAA01').getAttribute('data-flagged')).toBeNull();
    expect(text(row('P-AAAA01'))).toContain('None');
    expect(
      host.querySelector('[data-testid="caseload-status"]')?.textContent,
    ).toContain('4 patients shown.');
  });

  it('builds the query from the flag, activity and sort chosen, and says when nothing matches', async () => {
    await open('pwp');
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const select = (testId: string) =>
      loader.getHarness(
        MatSelectHarness.with({ selector: `[data-testid="${testId}"]` }),
      );

    await (
      await select('caseload-flag-filter')
    ).clickOptions({
      text: 'No log-in',
    });
    http
      .expectOne('/api/patients?limit=50&flag=no_login')
      .flush(page([listItem({ flags: ['no_login'] })]));
    await fixture.whenStable();

    fixture.componentInstance.setFilter('activity', 'older');
    await fixture.whenStable();
    http
      .expectOne('/api/patients?limit=50&flag=no_login&activity=older')
      .flush(page([]));
    await fixture.whenStable();
    expect(text(host)).toContain('No patients match these filters');

    fixture.componentInstance.setFilter('sort', 'last_login');
    await fixture.whenStable();
    http
      .expectOne(
        '/api/patients?limit=50&flag=no_login&activity=older&sort=last_login',
      )
      .flush(page([]));
    await fixture.whenStable();

    const clear = [...host.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Clear filters',
    ) as HTMLButtonElement;
    clear.click();
    await fixture.whenStable();
    // Clearing the filters keeps the chosen order.
    http.expectOne('/api/patients?limit=50&sort=last_login').flush(page([]));
    await fixture.whenStable();
    expect(text(host)).toContain('No patients yet');
  }, 30_000);

  it('lets a navigator narrow to one PWP by name, with the service named', async () => {
    pwpNames = [{ id: 'pwp-two-5678', name: 'Ben Walsh', serviceIds: ['s-1'] }];
    await open('navigator', (req) =>
      req.flush(
        page([
          listItem({ patientRef: 'P-AAAA01', pwpId: 'pwp-one-1234' }),
          listItem({ patientRef: 'P-BBBB02', pwpId: 'pwp-two-5678' }),
        ]),
      ),
    );
    expect(text(row('P-AAAA01'))).toContain('North');
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const pwp = await loader.getHarness(
      MatSelectHarness.with({
        selector: '[data-testid="caseload-pwp-filter"]',
      }),
    );
    await pwp.open();
    const options = await pwp.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'All PWPs',
      'Ben Walsh',
      // A PWP met in the caseload but not among the names is still offered, by id.
      'PWP pwp-one-',
    ]);
    await options[1].click();
    http
      .expectOne('/api/patients?limit=50&pwpId=pwp-two-5678')
      .flush(
        page([listItem({ patientRef: 'P-BBBB02', pwpId: 'pwp-two-5678' })]),
      );
    await fixture.whenStable();
    expect(row('P-AAAA01')).toBeNull();
    expect(row('P-BBBB02')).not.toBeNull();
  }, 30_000);

  it('says so when the caseload is empty', async () => {
    await open('pwp', (req) => req.flush(page([])));
    expect(text(host)).toContain('No patients yet');
  });
});
