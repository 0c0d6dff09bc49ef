import { TestBed } from '@angular/core/testing';
import { TailoringStatusChipComponent } from './tailoring-status-chip.component';

describe('TailoringStatusChipComponent', () => {
  it('shows a status chip with its word', async () => {
    const fixture = TestBed.createComponent(TailoringStatusChipComponent);
    fixture.componentRef.setInput('status', 'failed');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent?.trim()).toBe('Failed');
    expect(host.classList).toContain('nd-tailoring-status--failed');
  });
});
