import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import {
  choose,
  coverage,
  heading,
  setUpAs,
  text,
  wait,
} from '../../testing/training-fixtures';
import { CoveragePageComponent } from './coverage-page.component';

describe('CoveragePageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<CoveragePageComponent>;
  let host: HTMLElement;

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  async function open(serviceIds: string[]) {
    live = setUpAs('navigator', serviceIds);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CoveragePageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  it('says how many have completed the core induction and what the others miss', async () => {
    await open(['s-1']);
    http.expectOne('/api/training/coverage').flush(coverage());
    await fixture.whenStable();
    expect(heading(host, 'Coverage')).not.toBeNull();
    expect(text(host.querySelector('[data-testid="coverage-summary"]'))).toBe(
      '1 of 2 PWPs have completed the core induction (The programme and your role, Helping patients choose modules).',
    );
    const headers = [...host.querySelectorAll('th')].map((th) => text(th));
    expect(headers).toEqual(['PWP', 'Core modules still to do', 'Done']);
    expect(
      [...host.querySelectorAll('tr[data-pwp-id="u-pwp"] td')].map((td) =>
        text(td),
      ),
    ).toEqual(['Priya Patel', 'Helping patients choose modules', '1 of 2']);
    expect(host.querySelector('tr[data-pwp-id="u-pwp2"]')).toBeNull();
    expect(text(host.querySelector('[data-testid="coverage-complete"]'))).toBe(
      'Sam Jones',
    );
  });

  it('asks for one service at a time when the navigator has several', async () => {
    await open(['s-1', 's-2']);
    http.expectOne('/api/services?limit=200').flush({
      items: [
        { id: 's-1', name: 'North Talking Therapies' },
        { id: 's-2', name: 'South Talking Therapies' },
      ],
      nextCursor: null,
    });
    http.expectOne('/api/training/coverage?serviceId=s-1').flush(coverage());
    await fixture.whenStable();
    choose(host.querySelector('select'), 's-2');
    await fixture.whenStable();
    http.expectOne('/api/training/coverage?serviceId=s-2').flush(
      coverage({
        serviceId: 's-2',
        pwps: [],
        completeCount: 0,
        totalCount: 0,
      }),
    );
    await fixture.whenStable();
    expect(text(host)).toContain('Everyone has completed the core induction.');
  });

  it('reloads quietly when training changes (attendance recorded elsewhere)', async () => {
    await open(['s-1']);
    http.expectOne('/api/training/coverage').flush(coverage());
    await fixture.whenStable();
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(350);
    http.expectOne('/api/training/coverage').flush(
      coverage({
        pwps: coverage().pwps.map((pwp) => ({
          ...pwp,
          done: ['tm-0', 'tm-1'],
          missing: [],
          complete: true,
        })),
        completeCount: 2,
      }),
    );
    await fixture.whenStable();
    expect(text(host.querySelector('[data-testid="coverage-summary"]'))).toBe(
      '2 of 2 PWPs have completed the core induction (The programme and your role, Helping patients choose modules).',
    );
    expect(text(host)).toContain('Everyone has completed the core induction.');
  });
});
