import { provideHttpClient, withXhr } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ResetAuditTrailComponent } from './reset-audit-trail.component';

describe('ResetAuditTrailComponent', () => {
  it('loads the trail on request and lists who did what', async () => {
    TestBed.configureTestingModule({ imports: [ResetAuditTrailComponent], providers: [provideHttpClient(withXhr()), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ResetAuditTrailComponent);
    fixture.componentRef.setInput('resetId', 'r-1');
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    (host.querySelector('[data-testid="show-audit-trail"]') as HTMLButtonElement).click();
    http.expectOne('/api/login-resets/r-1/audit').flush([
      { at: '2026-11-26T10:00:00Z', action: 'login_reset.request', outcome: 'success', actor: 'pwp01@navdesk.test', actorType: 'user' },
      { at: '2026-11-26T10:00:02Z', action: 'login_reset.sent', outcome: 'success', actor: 'worker', actorType: 'system' },
    ]);
    fixture.detectChanges();
    await fixture.whenStable();
    const rows = [...host.querySelectorAll('[data-testid="reset-audit-trail"] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('login_reset.request');
    expect(rows[0]).toContain('pwp01@navdesk.test');
    expect(rows[1]).toContain('worker');
    http.verify();
  });

  it('says when the trail cannot be loaded', () => {
    TestBed.configureTestingModule({ imports: [ResetAuditTrailComponent], providers: [provideHttpClient(withXhr()), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ResetAuditTrailComponent);
    fixture.componentRef.setInput('resetId', 'r-2');
    fixture.detectChanges();
    (fixture.nativeElement.querySelector('[data-testid="show-audit-trail"]') as HTMLButtonElement).click();
    http.expectOne('/api/login-resets/r-2/audit').flush({ statusCode: 404, error: 'Not Found', message: 'No such log-in reset in your services' }, { status: 404, statusText: 'Not Found' });
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain('No such log-in reset');
  });
});
