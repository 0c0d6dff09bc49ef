import { TestBed } from '@angular/core/testing';
import { text, trainingRecord } from '../testing/training-fixtures';
import { TrainingRecordComponent } from './training-record.component';

describe('TrainingRecordComponent', () => {
  async function render(record = trainingRecord()) {
    const fixture = TestBed.createComponent(TrainingRecordComponent);
    fixture.componentRef.setInput('record', record);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('ticks the core induction modules done, in words as well as the tick', async () => {
    const host = await render();
    expect(host.querySelector('h2')?.textContent).toBe('My training record');
    const items = [
      ...host.querySelectorAll('ul[aria-label="Core induction modules"] li'),
    ];
    expect(text(items[0])).toBe(
      '✓Done: The programme and your role — attended Tue 3 Feb 2026',
    );
    expect(text(items[1])).toBe(
      '○Not done yet: Helping patients choose modules',
    );
    expect(items[0].querySelector('.tick')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
  });

  it('lists sessions attended with confidence before → after, the change and the mean', async () => {
    const host = await render();
    const headers = [...host.querySelectorAll('th')].map((th) => text(th));
    expect(headers).toEqual([
      'Module',
      'Date',
      'Confidence before → after',
      'Change',
    ]);
    const row = text(host.querySelector('tr[data-session-id="ts-0"]'));
    expect(row).toContain('The programme and your role');
    expect(row).toContain('4 → 7');
    expect(row).toContain('+3');
    expect(text(host.querySelector('[data-testid="mean-change"]'))).toBe(
      'Mean confidence change: +3 over 1 session.',
    );
  });

  it('says so when nothing is attended yet', async () => {
    const host = await render(
      trainingRecord({ attended: [], meanConfidenceChange: null }),
    );
    expect(text(host)).toContain('No sessions attended yet.');
    expect(host.querySelector('table')).toBeNull();
  });
});
