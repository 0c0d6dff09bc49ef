import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { setUpAs } from '../testing/testing-module';
import { ticketView } from '../testing/ticket-fixtures';
import { MyIssuesPageComponent } from './my-issues-page.component';

describe('MyIssuesPageComponent', () => {
  beforeEach(() => setUpAs('pwp'));
  afterEach(() => TestBed.inject(SessionStore).clear());

  it('lists my issues with those waiting on me first and highlighted', async () => {
    const fixture = TestBed.createComponent(MyIssuesPageComponent);
    await fixture.whenStable();
    const req = TestBed.inject(HttpTestingController).expectOne(
      (r) => r.url === '/api/tickets',
    );
    expect(req.request.params.get('scope')).toBe('mine');
    req.flush({
      items: [
        ticketView({
          id: 't-1',
          reference: 'ND-000001',
          status: 'resolved',
          updatedAt: '2026-03-02T10:00:00.000Z',
        }),
        ticketView({
          id: 't-2',
          reference: 'ND-000002',
          status: 'in_progress',
          updatedAt: '2026-03-01T10:00:00.000Z',
        }),
        ticketView({
          id: 't-3',
          reference: 'ND-000003',
          status: 'waiting_on_reporter',
          updatedAt: '2026-02-01T10:00:00.000Z',
        }),
      ],
      nextCursor: null,
    });
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const rows = [...host.querySelectorAll('tr[data-ticket-ref]')];
    expect(rows.map((r) => r.getAttribute('data-ticket-ref'))).toEqual([
      'ND-000003',
      'ND-000002',
      'ND-000001',
    ]);
    expect(rows[0].textContent).toContain('Waiting on you');
    expect(rows[1].textContent).not.toContain('Waiting on you');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe(
      '/tickets/t-3',
    );
  });
});
