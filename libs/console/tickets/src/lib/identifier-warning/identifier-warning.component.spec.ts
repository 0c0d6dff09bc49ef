import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { setUpAs } from '../testing/testing-module';
import {
  IDENTIFIER_WARNING_DEBOUNCE_MS,
  IdentifierAdvice,
  identifierKindsIn,
  IdentifierWarningComponent,
} from './identifier-warning.component';

describe('identifierKindsIn', () => {
  it('names each kind once, in the order first found', () => {
    expect(
      identifierKindsIn(
        'Call 07700 900123 or 07700 900456; NHS 943 476 5919, P-7QK2M9 and 07700 900789',
      ),
    ).toEqual(['phone', 'nhs_number', 'patient_ref']);
    expect(identifierKindsIn('Ticket ND-000123 on app 4.3.0 at 10:30')).toEqual(
      [],
    );
  });
});

describe('IdentifierWarningComponent', () => {
  beforeEach(() => {
    setUpAs('pwp');
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
    TestBed.inject(SessionStore).clear();
  });

  function render(advice: IdentifierAdvice = 'raise') {
    const fixture = TestBed.createComponent(IdentifierWarningComponent);
    fixture.componentRef.setInput('warningId', 'field-identifiers');
    fixture.componentRef.setInput('advice', advice);
    fixture.componentRef.setInput('text', '');
    TestBed.tick();
    const host = fixture.nativeElement as HTMLElement;
    const type = (value: string) => {
      fixture.componentRef.setInput('text', value);
      TestBed.tick();
      jest.advanceTimersByTime(IDENTIFIER_WARNING_DEBOUNCE_MS);
      TestBed.tick();
    };
    const region = () => host.querySelector('#field-identifiers');
    const lines = () =>
      [...host.querySelectorAll('li')].map((li) => li.textContent?.trim());
    return { fixture, type, region, lines };
  }

  it('keeps an empty polite status region, so the warning is announced when it fills', () => {
    const { region, lines } = render();
    expect(region()?.getAttribute('role')).toBe('status');
    expect(region()?.getAttribute('aria-live')).toBe('polite');
    expect(region()?.textContent?.trim()).toBe('');
    expect(lines()).toEqual([]);
  });

  it('warns once typing pauses, one line per kind', () => {
    const { fixture, type, lines } = render();
    fixture.componentRef.setInput('text', 'NHS 943 476 5919');
    TestBed.tick();
    jest.advanceTimersByTime(IDENTIFIER_WARNING_DEBOUNCE_MS - 1);
    TestBed.tick();
    expect(lines()).toEqual([]);

    type('NHS 943 476 5919, 450 557 7104, e-mail jo@example.com');
    expect(lines()).toEqual([
      'This looks like an NHS number: use the patient field, not the text.',
      'This looks like an e-mail address: use the patient field, not the text.',
    ]);
  });

  it('clears the warning when the identifier is taken out', () => {
    const { type, lines, region } = render();
    type('born 12/03/1984');
    expect(lines()).toEqual([
      'This looks like a date of birth: use the patient field, not the text.',
    ]);
    type('born in the spring');
    expect(lines()).toEqual([]);
    expect(region()?.classList).not.toContain('identifier-warning--shown');
  });

  it('says nothing about near misses', () => {
    const { type, lines } = render();
    type('ND-000123: app 4.3.0 crashes at 10:30, session on 14/12/2026');
    expect(lines()).toEqual([]);
  });

  it('asks for details to be left out of replies', () => {
    const { type, lines } = render('reply');
    type('Her mobile is 07700 900123');
    expect(lines()).toEqual([
      'This looks like a phone number: please leave patient details out of replies.',
    ]);
  });
});
