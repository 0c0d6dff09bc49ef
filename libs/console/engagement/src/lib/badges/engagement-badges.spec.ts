import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { MoodTrend } from '@navdesk/contracts';
import { ActivityChipComponent } from './activity-chip.component';
import { activityBand, moodTrendWords } from './engagement-labels';
import { MoodTrendComponent } from './mood-trend.component';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');
const daysAgo = (days: number) =>
  new Date(NOW - days * 24 * 60 * 60 * 1000).toISOString();

describe('activityBand', () => {
  it('puts a last log-in into the caseload bands', () => {
    expect(activityBand(daysAgo(0.5), NOW)).toBe('recent');
    expect(activityBand(daysAgo(2), NOW)).toBe('recent');
    expect(activityBand(daysAgo(2.1), NOW)).toBe('week');
    expect(activityBand(daysAgo(7), NOW)).toBe('week');
    expect(activityBand(daysAgo(8), NOW)).toBe('older');
    expect(activityBand(null, NOW)).toBe('never');
  });
});

describe('moodTrendWords', () => {
  it('says the latest mood and which way it went', () => {
    expect(moodTrendWords({ latest: 4, change: -3 })).toBe(
      'Mood 4 out of 10, down 3 points on a week before',
    );
    expect(moodTrendWords({ latest: 7, change: 1 })).toBe(
      'Mood 7 out of 10, up 1 point on a week before',
    );
    expect(moodTrendWords({ latest: 5, change: null })).toBe(
      'Mood 5 out of 10, too few ratings to show a change',
    );
    expect(moodTrendWords(null)).toBe('No mood ratings yet');
  });
});

@Component({
  imports: [ActivityChipComponent, MoodTrendComponent],
  template: `<nd-activity-chip [lastLoginAt]="last()" [now]="now" />
    <nd-mood-trend [trend]="trend()" />`,
})
class HostComponent {
  readonly now = NOW;
  readonly last = signal<string | null>(daysAgo(9));
  readonly trend = signal<MoodTrend | null>({ latest: 4, change: -3 });
}

describe('activity chip and mood trend', () => {
  it('say it in words, with colour only repeating them', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const chip = host.querySelector('nd-activity-chip') as HTMLElement;
    expect(chip.textContent?.trim()).toBe('Inactive 8+ days');
    expect(chip.getAttribute('data-band')).toBe('older');
    expect(chip.classList).toContain('nd-activity--older');

    const mood = host.querySelector('nd-mood-trend') as HTMLElement;
    expect(mood.querySelector('[aria-hidden="true"]')?.textContent).toContain(
      '▼3',
    );
    expect(mood.querySelector('.nd-mood__words')?.textContent).toBe(
      'Mood 4 out of 10, down 3 points on a week before',
    );

    fixture.componentInstance.last.set(null);
    await fixture.whenStable();
    expect(chip.textContent?.trim()).toBe('Never logged in');
  });

  it('gives the last log-in in UK time on hover, whatever the browser’s zone', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    // 23:30 UTC on 1 July is 00:30 on 2 July in British Summer Time.
    fixture.componentInstance.last.set('2026-07-01T23:30:00.000Z');
    await fixture.whenStable();
    const chip = (fixture.nativeElement as HTMLElement).querySelector(
      'nd-activity-chip',
    );
    expect(chip?.getAttribute('title')).toBe('Last log-in 2 Jul 2026, 00:30');
    fixture.componentInstance.last.set(null);
    await fixture.whenStable();
    expect(chip?.hasAttribute('title')).toBe(false);
  });
});
