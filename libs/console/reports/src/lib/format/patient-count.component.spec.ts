import { TestBed } from '@angular/core/testing';
import { PatientCountComponent } from './patient-count.component';

describe('PatientCountComponent', () => {
  async function render(value: number | '<5') {
    const fixture = TestBed.createComponent(PatientCountComponent);
    fixture.componentRef.setInput('value', value);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows a number as a number', async () => {
    const host = await render(1204);
    expect(host.textContent?.trim()).toBe('1,204');
    expect(host.querySelector('[aria-hidden]')).toBeNull();
  });

  it('shows "<5" with the reason for screen readers and on hover, never a number', async () => {
    const host = await render('<5');
    const shown = host.querySelector('[aria-hidden="true"]') as HTMLElement;
    expect(shown.textContent?.trim()).toBe('<5');
    expect(shown.getAttribute('title')).toBe(
      'fewer than 5, hidden to protect privacy',
    );
    expect(host.querySelector('.cdk-visually-hidden')?.textContent).toBe(
      'fewer than 5, hidden to protect privacy',
    );
    expect(host.textContent).not.toMatch(/\b[1-4]\b/);
  });
});
