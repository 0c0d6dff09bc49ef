import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { DEFAULT_FLAG_THRESHOLDS } from '@navdesk/contracts';
import { setUpNavigator, text } from '../testing/engagement-testing';
import { ThresholdsFormComponent } from './thresholds-form.component';

const URL = '/api/services/s-1/flag-thresholds';

describe('ThresholdsFormComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ThresholdsFormComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    setUpNavigator();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ThresholdsFormComponent);
    fixture.componentRef.setInput('serviceId', 's-1');
    fixture.componentRef.setInput('serviceName', 'North');
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(URL).flush({ ...DEFAULT_FLAG_THRESHOLDS, noLoginDays: 9 });
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const input = (key: string) =>
    host.querySelector(`[data-testid="threshold-${key}"]`) as HTMLInputElement;
  async function type(key: string, value: string) {
    input(key).value = value;
    input(key).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  async function save() {
    (
      host.querySelector('[data-testid="save-thresholds"]') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
  }

  it('shows the service’s thresholds in labelled fields', () => {
    expect(input('noLoginDays').value).toBe('9');
    expect(input('moodDropPoints').value).toBe('3');
    const label = host.querySelector(
      `label[for="${input('burdenDismissals').id}"]`,
    );
    expect(label?.textContent).toContain('Notifications dismissed');
    expect(text(host)).toContain('Mood drop');
  });

  it('refuses fractions, blanks and values out of range, naming the range, and sends nothing', async () => {
    await type('noLoginDays', '7.5');
    await type('moodDropPoints', '11');
    await type('burdenDismissals', '');
    await type('burdenWindowDays', '0');
    await save();
    const errors = [...host.querySelectorAll('mat-error')].map((e) =>
      e.textContent?.trim(),
    );
    expect(errors).toEqual([
      'Enter a whole number of days from 1 to 60',
      'Enter a whole number of points from 1 to 10',
      'Enter a whole number of notifications from 1 to 100',
      'Enter a whole number of days from 1 to 60',
    ]);
    expect(document.activeElement).toBe(input('noLoginDays'));
    http.expectNone(URL);
  });

  it('saves whole numbers and says so', async () => {
    await type('noLoginDays', '10');
    await type('burdenDismissals', '15');
    await save();
    const put = http.expectOne(URL);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      ...DEFAULT_FLAG_THRESHOLDS,
      noLoginDays: 10,
      burdenDismissals: 15,
    });
    put.flush(put.request.body);
    await fixture.whenStable();
    const status = host.querySelector('[data-testid="thresholds-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain('Thresholds saved for North.');
  });

  it('puts the API’s 400 on the field it names', async () => {
    await save();
    http.expectOne(URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        details: [
          {
            field: 'moodDropWindowDays',
            message: 'must not be longer than the no-mood window',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(host)).toContain('The thresholds were not saved');
    expect(text(host)).toContain('must not be longer than the no-mood window');
    expect(
      input('moodDropWindowDays').closest('mat-form-field')?.textContent,
    ).toContain('must not be longer than the no-mood window');
  });

  it('fills in the defaults on request', async () => {
    [...host.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Use the defaults')
      ?.click();
    await fixture.whenStable();
    expect(input('noLoginDays').value).toBe(
      String(DEFAULT_FLAG_THRESHOLDS.noLoginDays),
    );
  });
});
