import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LoadMoreComponent } from './load-more.component';

@Component({
  imports: [LoadMoreComponent],
  template: `<nd-load-more label="Show more resets" [loading]="loading()" (more)="asked = asked + 1" />`,
})
class HostComponent {
  readonly loading = signal(false);
  asked = 0;
}

describe('LoadMoreComponent', () => {
  it('asks for more once per click, and says it is loading (disabled) while it is', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Show more resets');
    button.click();
    expect(fixture.componentInstance.asked).toBe(1);
    fixture.componentInstance.loading.set(true);
    await fixture.whenStable();
    expect(button.textContent?.trim()).toBe('Loading…');
    expect(button.disabled).toBe(true);
  });
});
