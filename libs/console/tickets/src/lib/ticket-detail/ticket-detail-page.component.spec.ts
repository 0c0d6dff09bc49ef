import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { SessionStore } from '@navdesk/console/data-access';
import type { TicketDetail, TimelineEntry, UpdateTicketRequest } from '@navdesk/contracts';
import { button, setUpAs, TestContext, text } from '../testing/testing-module';
import { ticketDetail } from '../testing/ticket-fixtures';
import { TicketControlsComponent } from './ticket-controls.component';
import { TicketDetailPageComponent } from './ticket-detail-page.component';

async function render(ticket: TicketDetail) {
  const fixture = TestBed.createComponent(TicketDetailPageComponent);
  fixture.componentRef.setInput('id', ticket.id);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne(`/api/tickets/${ticket.id}`).flush(ticket);
  await fixture.whenStable();
  for (const req of http.match(() => true)) {
    if (req.request.url.endsWith('/navigators')) {
      req.flush([
        {
          id: 'u-nav2',
          name: 'Sam Other',
          email: 'nav2@navdesk.test',
          serviceIds: ['s-1'],
        },
      ]);
    } else if (req.request.url.endsWith('/incidents')) {
      req.flush({ items: [], nextCursor: null });
    } else if (req.request.url.endsWith('/canned-replies')) {
      req.flush([]);
    }
  }
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const found = fixture.debugElement.query(
    By.directive(TicketControlsComponent),
  );
  const controls = (found?.componentInstance ??
    null) as TicketControlsComponent | null;
  return { fixture, host, http, controls };
}

describe('TicketDetailPageComponent', () => {
  afterEach(() => TestBed.inject(SessionStore).clear());

  describe('as a navigator', () => {
    let ctx: TestContext;
    beforeEach(() => (ctx = setUpAs('navigator')));

    it('saves with the version read and, on 409, keeps the unsaved choice and offers a reload', async () => {
      const rendered = await render(ticketDetail({ version: 3 }));
      const { fixture, host, http } = rendered;
      const controls = rendered.controls as TicketControlsComponent;

      controls.set('status', 'waiting_on_reporter');
      await fixture.whenStable();
      button(host, 'Save changes').click();
      await fixture.whenStable();

      const patch = http.expectOne({
        method: 'PATCH',
        url: '/api/tickets/t-1',
      });
      expect(patch.request.body).toEqual<UpdateTicketRequest>({
        version: 3,
        status: 'waiting_on_reporter',
      });
      patch.flush(
        { statusCode: 409, error: 'Conflict', message: 'Version mismatch' },
        { status: 409, statusText: 'Conflict' },
      );
      await fixture.whenStable();

      const banner = host.querySelector('[data-testid="conflict"]');
      expect(banner?.getAttribute('role')).toBe('alert');
      expect(text(host)).toContain(
        'Someone else changed this ticket — reload to see their change',
      );
      // The choice is still on screen and still unsaved.
      expect(text(host)).toContain('Waiting on reporter');
      expect(text(host)).toContain('Unsaved changes');

      button(host, 'Reload').click();
      await fixture.whenStable();
      http
        .expectOne('/api/tickets/t-1')
        .flush(
          ticketDetail({
            version: 4,
            priority: 'p1',
            assigneeId: 'u-nav2',
            assigneeName: 'Sam Other',
          }),
        );
      await fixture.whenStable();

      expect(host.querySelector('[data-testid="conflict"]')).toBeNull();
      expect(text(host)).toContain('Sam Other');
      expect(controls.value('status')).toBe('waiting_on_reporter');
      expect(controls.value('priority')).toBe('p1');

      button(host, 'Save changes').click();
      await fixture.whenStable();
      const retry = http.expectOne({
        method: 'PATCH',
        url: '/api/tickets/t-1',
      });
      expect(retry.request.body).toEqual<UpdateTicketRequest>({
        version: 4,
        status: 'waiting_on_reporter',
      });
    });

    it('labels internal notes as not shown to the reporter', async () => {
      const ticket = ticketDetail();
      ticket.timeline.push({
        id: 'e-2',
        at: '2026-03-02T08:10:00.000Z',
        type: 'internal_note',
        actorId: 'u-nav',
        actorName: 'Nadia Navigator',
        body: 'Vendor aware.',
        field: null,
        from: null,
        to: null,
      });
      const { host } = await render(ticket);
      const note = host.querySelector('[data-testid="internal-note"]');
      expect(note?.textContent).toContain(
        'Internal — not shown to the reporter',
      );
      expect(note?.textContent).toContain('Vendor aware.');
    });

    it('reloads quietly when a live event says the ticket changed', async () => {
      const { fixture, http, host } = await render(ticketDetail());
      jest.useFakeTimers();
      ctx.live.emit({ type: 'ticket.changed', id: 't-1' });
      jest.advanceTimersByTime(250);
      jest.useRealTimers();
      http
        .expectOne('/api/tickets/t-1')
        .flush(ticketDetail({ status: 'in_progress', version: 5 }));
      await fixture.whenStable();
      expect(text(host)).toContain('In progress');
    });
  });

  describe('as a manager', () => {
    beforeEach(() => setUpAs('manager', { id: 'u-manager' }));

    const line = (
      id: string,
      type: TimelineEntry['type'],
      body: string | null,
    ): TimelineEntry => ({
      id,
      at: '2026-03-02T08:10:00.000Z',
      type,
      actorId: 'u-nav',
      actorName: 'Nadia Navigator',
      body,
      field: null,
      from: null,
      to: null,
    });

    it('reads the masked ticket with no comment, no internal note, no patient and nothing to change', async () => {
      const ticket = ticketDetail({
        title: 'App crashes for [patient ref]',
        textMasked: true,
        // Even if the server ever sent them, the page would not show them.
        patientRef: 'P-7QK2M9',
      });
      ticket.timeline.push(
        line('e-2', 'reply', 'I will call her on Monday.'),
        line('e-3', 'internal_note', 'Vendor aware.'),
        line('e-4', 'triaged', 'Triaged as Log-in and access'),
      );
      const { host, http, controls } = await render(ticket);

      expect(text(host)).toContain('App crashes for [patient ref]');
      expect(
        host.querySelector('[data-testid="masked-notice"]')?.textContent,
      ).toContain('identifiers in its text are masked');
      expect(text(host)).toContain('Triaged as Log-in and access');
      for (const hidden of ['P-7QK2M9', 'I will call her', 'Vendor aware']) {
        expect(text(host)).not.toContain(hidden);
      }
      expect(host.querySelector('[data-testid="internal-note"]')).toBeNull();
      expect(host.querySelector('nd-reply-box')).toBeNull();
      expect(controls).toBeNull();
      expect(
        host.querySelector('a.back')?.getAttribute('href'),
      ).toBe('/incidents');
      // A manager's page asks for nothing a navigator's does (navigators, open incidents).
      http.verify();
    });
  });

  describe('as the reporter', () => {
    beforeEach(() => setUpAs('pwp'));

    it('asks the two questions once resolved, then thanks', async () => {
      const { fixture, host, http } = await render(
        ticketDetail({
          status: 'resolved',
          resolvedAt: '2026-03-02T10:00:00.000Z',
        }),
      );
      expect(text(host)).toContain('Was it solved?');
      expect(text(host)).toContain(
        'Did the fault disrupt therapy with your patient?',
      );
      expect(host.textContent).not.toContain('Manage');

      const radios = host.querySelectorAll<HTMLInputElement>(
        'input[type="radio"]',
      );
      radios[0].click(); // solved: yes
      radios[3].click(); // disrupted: no
      await fixture.whenStable();
      button(host, 'Send answers').click();
      const req = http.expectOne({
        method: 'POST',
        url: '/api/tickets/t-1/feedback',
      });
      expect(req.request.body).toEqual({
        solved: true,
        disruptedTherapy: false,
      });
      req.flush(
        ticketDetail({
          status: 'resolved',
          feedback: {
            solved: true,
            disruptedTherapy: false,
            answeredAt: '2026-03-02T11:00:00.000Z',
          },
        }),
      );
      await fixture.whenStable();
      expect(text(host)).toContain('Thank you');
    });
  });
});
