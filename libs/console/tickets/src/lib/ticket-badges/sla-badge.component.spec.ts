import { TestBed } from '@angular/core/testing';
import { SlaFacts } from './sla';
import { SlaBadgeComponent } from './sla-badge.component';

describe('SlaBadgeComponent', () => {
  it('gives the due time in UK time on hover, whatever the browser’s zone', async () => {
    const fixture = TestBed.createComponent(SlaBadgeComponent);
    const ticket: SlaFacts = {
      status: 'triaged',
      // 23:30 UTC on 1 July is 00:30 on 2 July in British Summer Time.
      slaDueAt: '2026-07-01T23:30:00.000Z',
      breached: false,
    };
    fixture.componentRef.setInput('ticket', ticket);
    const now = Date.parse('2026-07-01T20:30:00.000Z');
    fixture.componentRef.setInput('now', now);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent?.trim()).toBe('Due in 3 h');
    expect(host.getAttribute('title')).toBe('SLA due 02/07/2026, 00:30:00');
  });
});
