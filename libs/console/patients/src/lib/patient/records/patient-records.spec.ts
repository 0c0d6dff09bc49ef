import { HttpTestingController } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { Role } from '@navdesk/contracts';
import { REF, setUpAs, text } from '../../testing/patient-fixtures';
import { AccessLogPanelComponent } from './access-log-panel.component';
import { PatientTicketsPanelComponent } from './patient-tickets-panel.component';

@Component({
  imports: [PatientTicketsPanelComponent, AccessLogPanelComponent],
  template: `
    <nd-patient-tickets-panel [patientRef]="ref()" />
    <nd-access-log-panel [patientRef]="ref()" />
  `,
})
class HostComponent {
  readonly ref = signal(REF);
}

describe('the patient record: tickets and access log', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<HostComponent>;
  let host: HTMLElement;

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  async function open(role: Role) {
    setUpAs(role);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(`/api/patients/${REF}/tickets`).flush([
      {
        id: 't-1',
        reference: 'ND-000042',
        title: 'App crashes on the mood screen',
        status: 'in_progress',
        category: 'app_crash',
        createdAt: '2026-02-27T09:00:00.000Z',
      },
    ]);
    await fixture.whenStable();
  }

  const section = (testId: string) =>
    host.querySelector(`[data-testid="${testId}"]`) as HTMLElement;

  it("shows PWPs the ticket but no link into the navigators' ticket view", async () => {
    await open('pwp');
    expect(text(section('tickets-panel'))).toContain('ND-000042');
    expect(section('tickets-panel').querySelector('a')).toBeNull();
  });

  it('links navigators to the ticket and shows who looked at the patient on demand', async () => {
    await open('navigator');
    expect(
      section('tickets-panel').querySelector('a')?.getAttribute('href'),
    ).toBe('/tickets/t-1');
    expect(text(section('tickets-panel'))).toContain('In progress');

    http.expectNone(`/api/patients/${REF}/access-log`);
    (
      host.querySelector('[data-testid="show-access-log"]') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    http.expectOne(`/api/patients/${REF}/access-log`).flush([
      {
        at: '2026-03-02T08:00:00.000Z',
        actor: 'Priya Patel',
        role: 'pwp',
        action: 'Read the pre-session brief',
      },
    ]);
    await fixture.whenStable();
    const log = section('access-log');
    expect(text(log)).toContain('Priya Patel');
    expect(text(log)).toContain('(PWP)');
    expect(text(log)).toContain('Read the pre-session brief');
  });
});
