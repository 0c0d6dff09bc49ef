import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { IDENTIFIER_WARNING_DEBOUNCE_MS } from '../identifier-warning/identifier-warning.component';
import { button, setUpAs } from '../testing/testing-module';
import { ReplyBoxComponent } from './reply-box.component';

describe('ReplyBoxComponent', () => {
  beforeEach(() => setUpAs('pwp'));
  afterEach(() => TestBed.inject(SessionStore).clear());

  it('warns about an identifier in a reply, linked to the box, and still sends', async () => {
    const fixture = TestBed.createComponent(ReplyBoxComponent);
    fixture.componentRef.setInput('ticketId', 't-1');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const http = TestBed.inject(HttpTestingController);

    fixture.componentInstance.body.set('You can reach her on 07700 900123');
    const deadline = Date.now() + 10 * IDENTIFIER_WARNING_DEBOUNCE_MS;
    while (!host.querySelector('[role="status"] li') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await fixture.whenStable();
    }

    const box = host.querySelector('textarea');
    const describedBy = box?.getAttribute('aria-describedby')?.split(' ');
    const region = host.querySelector('[role="status"]');
    expect(describedBy).toContain(region?.id);
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.textContent?.trim()).toBe(
      'This looks like a phone number: please leave patient details out of replies.',
    );

    button(host, 'Send reply').click();
    await fixture.whenStable();
    const req = http.expectOne({
      method: 'POST',
      url: '/api/tickets/t-1/comments',
    });
    expect(req.request.body).toEqual({
      body: 'You can reach her on 07700 900123',
    });
  });
});
