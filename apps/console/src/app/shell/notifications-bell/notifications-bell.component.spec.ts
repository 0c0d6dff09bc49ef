import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { filter, Subject } from 'rxjs';
import { LiveEventsService } from '@navdesk/console/data-access';
import type { LiveEvent, NotificationView, Page } from '@navdesk/contracts';
import {
  BELL_REFRESH_MS,
  NotificationsBellComponent,
} from './notifications-bell.component';

class FakeLive implements Pick<LiveEventsService, 'ofType' | 'connected'> {
  readonly events = new Subject<LiveEvent>();
  readonly connected = signal(true);
  ofType(type: LiveEvent['type']) {
    return this.events.pipe(filter((e) => e.type === type));
  }
}

const notification: NotificationView = {
  id: 'n-1',
  type: 'reply',
  title: 'New reply on ND-000123',
  body: 'Nadia replied to your issue.',
  ticketId: 't-1',
  createdAt: '2026-03-02T09:00:00.000Z',
  readAt: null,
};

describe('NotificationsBellComponent', () => {
  let live: FakeLive;

  beforeEach(() => {
    live = new FakeLive();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withXhr()),
        provideHttpClientTesting(),
        { provide: LiveEventsService, useValue: live },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(NotificationsBellComponent);
    await fixture.whenStable();
    const http = TestBed.inject(HttpTestingController);
    const host = fixture.nativeElement as HTMLElement;
    const bell = () =>
      host.querySelector<HTMLButtonElement>(
        '[data-testid="notifications-bell"]',
      );
    return { fixture, http, host, bell };
  }

  it('shows the unread count and says it in the button’s name', async () => {
    const { fixture, http, bell } = await render();
    const poll = http.expectOne('/api/notifications/summary');
    // A poll, not the person: it must not keep an idle session alive.
    expect(poll.request.headers.get('X-Navdesk-Background')).toBe('1');
    poll.flush({ unread: 3 });
    await fixture.whenStable();
    expect(bell()?.getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(bell()?.querySelector('.badge')?.textContent?.trim()).toBe('3');
  });

  it.each([
    [1, '1', 'Notifications, 1 unread'],
    [99, '99', 'Notifications, 99 unread'],
    [100, '99+', 'Notifications, 99+ unread'],
    [519, '99+', 'Notifications, 99+ unread'],
  ])(
    'names the button with the badge’s visible text (%i unread)',
    async (unread, badge, name) => {
      const { fixture, http, bell } = await render();
      http.expectOne('/api/notifications/summary').flush({ unread });
      await fixture.whenStable();
      const shown = bell()?.querySelector('.badge')?.textContent?.trim() ?? '';
      expect(shown).toBe(badge);
      const label = bell()?.getAttribute('aria-label') ?? '';
      expect(label).toBe(name);
      // axe's label-content-name-mismatch: the visible text is inside the accessible name.
      expect(label).toContain(shown);
    },
  );

  it('refreshes the count when a notification is created and every minute', () => {
    jest.useFakeTimers();
    try {
      const fixture = TestBed.createComponent(NotificationsBellComponent);
      TestBed.tick();
      const http = TestBed.inject(HttpTestingController);
      const bell = () =>
        (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
          '[data-testid="notifications-bell"]',
        );
      http.expectOne('/api/notifications/summary').flush({ unread: 0 });
      TestBed.tick();
      expect(bell()?.getAttribute('aria-label')).toBe('Notifications');
      expect(bell()?.querySelector('.badge')).toBeNull();

      live.events.next({
        type: 'notification.created',
        id: 'n-2',
        serviceId: null,
        at: '',
      });
      live.events.next({
        type: 'ticket.changed',
        id: 't-1',
        serviceId: 's-1',
        at: '',
      });
      http.expectOne('/api/notifications/summary').flush({ unread: 1 });
      TestBed.tick();
      expect(bell()?.getAttribute('aria-label')).toBe(
        'Notifications, 1 unread',
      );

      jest.advanceTimersByTime(BELL_REFRESH_MS - 1);
      http.expectNone('/api/notifications/summary');
      jest.advanceTimersByTime(1);
      http.expectOne('/api/notifications/summary').flush({ unread: 120 });
      TestBed.tick();
      // The name says what the badge shows, so it contains the visible text.
      expect(bell()?.getAttribute('aria-label')).toBe(
        'Notifications, 99+ unread',
      );
      expect(bell()?.querySelector('.badge')?.textContent?.trim()).toBe('99+');
      fixture.destroy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('lists recent notifications when opened and marks all read', async () => {
    const { fixture, http, bell } = await render();
    http.expectOne('/api/notifications/summary').flush({ unread: 1 });
    await fixture.whenStable();

    bell()?.click();
    await fixture.whenStable();
    const page: Page<NotificationView> = {
      items: [notification],
      nextCursor: null,
    };
    http.expectOne('/api/notifications?limit=10').flush(page);
    await fixture.whenStable();

    const link = document.querySelector<HTMLAnchorElement>(
      '.nd-notifications-menu a',
    );
    expect(link?.textContent).toContain('New reply on ND-000123');
    // When, in UK time (09:00 UTC on 2 March is 09:00 GMT).
    expect(link?.textContent).toContain('2 Mar, 09:00');
    expect(link?.getAttribute('href')).toBe('/tickets/t-1');

    const markAll = [
      ...document.querySelectorAll<HTMLButtonElement>(
        '.nd-notifications-menu button',
      ),
    ].find((b) => b.textContent?.trim() === 'Mark all read');
    markAll?.click();
    const req = http.expectOne({
      method: 'POST',
      url: '/api/notifications/read',
    });
    expect(req.request.body).toEqual({ all: true });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(bell()?.getAttribute('aria-label')).toBe('Notifications');
  });

  it('opens a menu of menu items only, whose "Mark all read" the arrow keys reach and which stays open', async () => {
    const { fixture, http, bell } = await render();
    http.expectOne('/api/notifications/summary').flush({ unread: 1 });
    await fixture.whenStable();
    bell()?.click();
    await fixture.whenStable();
    http.expectOne('/api/notifications?limit=10').flush({ items: [notification], nextCursor: null });
    await fixture.whenStable();

    const panel = () => document.querySelector<HTMLElement>('.nd-notifications-menu');
    expect(panel()?.getAttribute('role')).toBe('menu');
    expect(panel()?.getAttribute('aria-label')).toBe('Notifications');
    // ARIA: a menu owns menu items (axe's aria-required-children); the title and notes are plain text.
    const roles = [...(panel()?.querySelectorAll('[role]') ?? [])].map((e) => e.getAttribute('role'));
    expect(new Set(roles)).toEqual(new Set(['none', 'menuitem']));
    const markAll = [...(panel()?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].find((e) => e.textContent?.trim() === 'Mark all read');
    expect(markAll).toBeDefined();

    markAll?.click();
    http.expectOne({ method: 'POST', url: '/api/notifications/read' }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(panel()).not.toBeNull();
    expect(panel()?.querySelector('.item--unread')).toBeNull();
  });

  it('keeps its notes out of the menu items when there is nothing to list', async () => {
    const { fixture, http, bell } = await render();
    http.expectOne('/api/notifications/summary').flush({ unread: 0 });
    await fixture.whenStable();
    bell()?.click();
    await fixture.whenStable();
    http.expectOne('/api/notifications?limit=10').flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    const note = document.querySelector('.nd-notifications-menu .note');
    expect(note?.textContent).toContain('Nothing yet');
    expect(note?.getAttribute('role')).toBe('none');
  });

  it('leads training and tailoring notifications to their areas', async () => {
    const { fixture, http, bell } = await render();
    http.expectOne('/api/notifications/summary').flush({ unread: 2 });
    await fixture.whenStable();
    bell()?.click();
    await fixture.whenStable();
    http.expectOne('/api/notifications?limit=10').flush({
      items: [
        {
          ...notification,
          id: 'n-2',
          type: 'training_invitation',
          title: 'You are invited to a training session',
          ticketId: null,
        },
        {
          ...notification,
          id: 'n-3',
          type: 'tailoring_decided',
          title: 'Your tailoring request was approved',
          ticketId: null,
        },
      ],
      nextCursor: null,
    } satisfies Page<NotificationView>);
    await fixture.whenStable();
    const links = [
      ...document.querySelectorAll<HTMLAnchorElement>(
        '.nd-notifications-menu a',
      ),
    ];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/training',
      '/tailoring',
    ]);
    expect(links[0].textContent).toContain('Training invitation');
    document.querySelector('.cdk-overlay-container')?.remove();
  });
});
