import { TestBed } from '@angular/core/testing';
import {
  formatLondon,
  LondonTimePipe,
  londonWallTimeToIso,
} from './london-time';
import {
  CONFIDENCE_SCALE,
  durationWords,
  sessionPlace,
  signedChange,
} from './training-labels';
import {
  describeTailoringChange,
  tailoringStatusLabel,
} from '../tailoring/tailoring-labels';
import { TailoringStatusChipComponent } from '../tailoring/tailoring-status-chip.component';

describe('UK time for training sessions', () => {
  it('shows an instant in UK time, winter and summer, whatever the test clock (UTC)', () => {
    expect(formatLondon('2026-03-10T14:00:00.000Z')).toBe(
      'Tue 10 Mar 2026, 14:00',
    );
    // British Summer Time: an hour ahead of UTC.
    expect(formatLondon('2026-06-02T09:30:00.000Z')).toBe(
      'Tue 2 Jun 2026, 10:30',
    );
    expect(formatLondon('2026-06-02T09:30:00.000Z', 'time')).toBe('10:30');
    expect(formatLondon('2026-06-02T23:30:00.000Z', 'date')).toBe(
      'Wed 3 Jun 2026',
    );
    expect(formatLondon(null)).toBe('');
    expect(
      new LondonTimePipe().transform('2026-03-10T14:00:00.000Z', 'time'),
    ).toBe('14:00');
  });

  it('turns a UK date and time typed into a form into the right instant', () => {
    expect(londonWallTimeToIso('2026-03-10', '14:00')).toBe(
      '2026-03-10T14:00:00.000Z',
    );
    expect(londonWallTimeToIso('2026-06-02', '10:30')).toBe(
      '2026-06-02T09:30:00.000Z',
    );
    // The Sunday the clocks go forward (01:00 UTC): morning after is BST.
    expect(londonWallTimeToIso('2026-03-29', '09:00')).toBe(
      '2026-03-29T08:00:00.000Z',
    );
    expect(londonWallTimeToIso('2026-10-25', '09:00')).toBe(
      '2026-10-25T09:00:00.000Z',
    );
    expect(londonWallTimeToIso('10/03/2026', '14:00')).toBeNull();
    expect(londonWallTimeToIso('2026-03-10', '')).toBeNull();
  });
});

describe('training and tailoring words', () => {
  it('offers confidence 1 to 10 and signs a change', () => {
    expect(CONFIDENCE_SCALE).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(signedChange(3)).toBe('+3');
    expect(signedChange(-2)).toBe('−2');
    expect(signedChange(0)).toBe('0');
    expect(signedChange(2.25)).toBe('+2.3');
  });

  it('says how long and where a session is', () => {
    expect(durationWords(45)).toBe('45 min');
    expect(durationWords(60)).toBe('1 h');
    expect(durationWords(90)).toBe('1 h 30 min');
    expect(sessionPlace({ mode: 'in_person', location: 'Room 4' })).toBe(
      'In person, Room 4',
    );
    expect(sessionPlace({ mode: 'online', location: null })).toBe('Online');
  });

  it('describes a tailoring change in words, from titles or module ids', () => {
    expect(
      describeTailoringChange({
        action: 'skip',
        moduleTitle: 'Problem solving',
      }),
    ).toBe('Skip Problem solving');
    expect(
      describeTailoringChange({
        action: 'replace',
        moduleId: 'm03-thoughts-and-feelings',
        replacementModuleId: 'm05-managing-worry',
      }),
    ).toBe('Replace Thoughts and feelings with Managing worry');
    expect(
      describeTailoringChange({
        action: 'add',
        moduleTitle: 'Managing worry',
      }),
    ).toBe('Add Managing worry');
    expect(tailoringStatusLabel('queued')).toBe('Approved, being applied');
    expect(tailoringStatusLabel('something_new')).toBe('something_new');
  });

  it('shows a status chip with its word', async () => {
    const fixture = TestBed.createComponent(TailoringStatusChipComponent);
    fixture.componentRef.setInput('status', 'failed');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent?.trim()).toBe('Failed');
    expect(host.classList).toContain('nd-tailoring-status--failed');
  });
});
