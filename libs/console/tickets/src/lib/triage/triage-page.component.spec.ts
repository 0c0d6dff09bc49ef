import {
  HttpTestingController,
  TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { NavigatorView, Page, TicketView } from '@navdesk/contracts';
import { setUpAs, TestContext } from '../testing/testing-module';
import { ticketDetail, ticketView } from '../testing/ticket-fixtures';
import { DEFAULT_FILTERS, toTicketQuery } from './triage-filters';
import { TriagePageComponent } from './triage-page.component';

const navigators: NavigatorView[] = [
  {
    id: 'u-nav',
    name: 'Nadia Navigator',
    email: 'nav1@navdesk.test',
    serviceIds: ['s-1'],
  },
  {
    id: 'u-nav2',
    name: 'Sam Other',
    email: 'nav2@navdesk.test',
    serviceIds: ['s-1'],
  },
];

const page = (items: TicketView[]): Page<TicketView> => ({
  items,
  nextCursor: null,
});
const isList = (req: { url: string; method: string }) =>
  req.method === 'GET' && req.url === '/api/tickets';
const OPEN = ['new', 'triaged', 'in_progress', 'waiting_on_reporter'];

describe('toTicketQuery', () => {
  it('sends only the filters set, “me” as the signed-in id, and never more than the API knows', () => {
    expect(toTicketQuery(DEFAULT_FILTERS, 'u-nav')).toEqual({
      scope: 'all',
      status: OPEN,
    });
    expect(
      toTicketQuery({ ...DEFAULT_FILTERS, status: 'any' }, 'u-nav'),
    ).toEqual({ scope: 'all' });
    expect(
      toTicketQuery(
        {
          ...DEFAULT_FILTERS,
          status: 'in_progress',
          assignee: 'me',
          breached: 'yes',
          q: '  crash ',
        },
        'u-nav',
      ),
    ).toEqual({
      scope: 'all',
      status: 'in_progress',
      assigneeId: 'u-nav',
      breached: true,
      q: 'crash',
    });
    expect(
      toTicketQuery({ ...DEFAULT_FILTERS, assignee: 'unassigned' }, 'u-nav')
        .assigneeId,
    ).toBe('unassigned');
  });
});

describe('TriagePageComponent', () => {
  let ctx: TestContext;
  beforeEach(() => (ctx = setUpAs('navigator')));
  afterEach(() => TestBed.inject(SessionStore).clear());

  async function render(first: TicketView[]) {
    const fixture = TestBed.createComponent(TriagePageComponent);
    await fixture.whenStable();
    const http = TestBed.inject(HttpTestingController);
    const list: TestRequest = http.expectOne(isList);
    expect(list.request.params.get('scope')).toBe('all');
    expect(list.request.params.get('limit')).toBe('50');
    expect(list.request.params.getAll('status')).toEqual(OPEN);
    list.flush(page(first));
    http.expectOne('/api/navigators').flush(navigators);
    await fixture.whenStable();
    return { fixture, http, component: fixture.componentInstance };
  }

  it('keeps resolved tickets out of the open queue', async () => {
    const { component } = await render([
      ticketView({ id: 't-1' }),
      ticketView({ id: 't-2', status: 'resolved' }),
    ]);
    expect(component.tickets().map((t) => t.id)).toEqual(['t-1']);
  });

  it('leaves the open queue to the server: a short page is not paged through to fill the view', async () => {
    const fixture = TestBed.createComponent(TriagePageComponent);
    await fixture.whenStable();
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne(isList)
      .flush({ items: [ticketView({ id: 't-1' })], nextCursor: 'c-2' });
    http.expectOne('/api/navigators').flush(navigators);
    await fixture.whenStable();
    // Scrolling to the end of the rows asks for the next page, once, still for open tickets only…
    const next = http.expectOne(isList);
    expect(next.request.params.get('cursor')).toBe('c-2');
    expect(next.request.params.getAll('status')).toEqual(OPEN);
    next.flush({ items: [ticketView({ id: 't-2' })], nextCursor: 'c-3' });
    await fixture.whenStable();
    // …and a view short of rows does not go on fetching pages to fill itself.
    http.expectNone(isList);
    expect(fixture.componentInstance.tickets().map((t) => t.id)).toEqual([
      't-1',
      't-2',
    ]);
  });

  it('shows a ticket raised elsewhere when a live event arrives, in SLA order', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
    try {
      const later = ticketView({
        id: 't-1',
        slaDueAt: '2026-03-02T15:00:00.000Z',
      });
      const fixture = TestBed.createComponent(TriagePageComponent);
      TestBed.tick();
      const http = TestBed.inject(HttpTestingController);
      http.expectOne(isList).flush(page([later]));
      http.expectOne('/api/navigators').flush(navigators);
      TestBed.tick();

      const urgent = ticketView({
        id: 't-new',
        reference: 'ND-000124',
        slaDueAt: '2026-03-02T10:00:00.000Z',
      });
      ctx.live.emit({ type: 'ticket.changed', id: 't-new' });
      jest.advanceTimersByTime(250);
      http.expectOne(isList).flush(page([urgent, later]));
      TestBed.tick();

      expect(
        fixture.componentInstance.tickets().map((t) => t.reference),
      ).toEqual(['ND-000124', 'ND-000123']);
      fixture.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('fetches a new ticket that sorts beyond the first page and shows it under “Just raised”', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'Date'] });
    try {
      const fixture = TestBed.createComponent(TriagePageComponent);
      TestBed.tick();
      const http = TestBed.inject(HttpTestingController);
      http.expectOne(isList).flush(page([ticketView({ id: 't-1' })]));
      http.expectOne('/api/navigators').flush(navigators);
      TestBed.tick();

      ctx.live.emit({ type: 'ticket.changed', id: 't-new' });
      jest.advanceTimersByTime(250);
      http.expectOne(isList).flush(page([ticketView({ id: 't-1' })]));
      const fresh = ticketDetail({
        id: 't-new',
        reference: 'ND-000200',
        status: 'new',
        priority: null,
        slaDueAt: null,
        createdAt: new Date().toISOString(),
      });
      http.expectOne('/api/tickets/t-new').flush(fresh);
      TestBed.tick();

      const host = fixture.nativeElement as HTMLElement;
      const strip = host.querySelector('.arrivals');
      expect(strip?.textContent).toContain('Just raised');
      expect(
        strip?.querySelector('[data-ticket-ref="ND-000200"]')?.textContent,
      ).toContain('No SLA yet');
      expect(fixture.componentInstance.tickets().map((t) => t.id)).toEqual([
        't-1',
        't-new',
      ]);
      fixture.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('assigns the selected tickets in one call', async () => {
    const { fixture, http, component } = await render([
      ticketView({ id: 't-1' }),
      ticketView({ id: 't-2', reference: 'ND-000124' }),
    ]);
    component.toggleAll(true);
    component.bulkAssignee.set('u-nav2');
    await fixture.whenStable();
    component.bulkAssign();
    const req = http.expectOne({
      method: 'POST',
      url: '/api/tickets/bulk-assign',
    });
    expect(req.request.body).toEqual({
      ticketIds: ['t-1', 't-2'],
      assigneeId: 'u-nav2',
    });
    req.flush({ updated: 2 });
    await fixture.whenStable();
    expect(component.selected().size).toBe(0);
    http.expectOne(isList).flush(page([]));
  });
});
