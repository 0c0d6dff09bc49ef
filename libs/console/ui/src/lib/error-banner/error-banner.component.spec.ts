import { TestBed } from '@angular/core/testing';
import { ErrorBannerComponent } from './error-banner.component';

describe('ErrorBannerComponent', () => {
  it('announces errors as alerts', async () => {
    const fixture = TestBed.createComponent(ErrorBannerComponent);
    fixture.componentRef.setInput(
      'message',
      'The e-mail or password is not right.',
    );
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.getAttribute('role')).toBe('alert');
    expect(host.textContent).toContain('The e-mail or password is not right.');
  });

  it('announces information politely', async () => {
    const fixture = TestBed.createComponent(ErrorBannerComponent);
    fixture.componentRef.setInput(
      'message',
      'Your session has ended — please sign in again',
    );
    fixture.componentRef.setInput('tone', 'info');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).getAttribute('role')).toBe(
      'status',
    );
  });
});
