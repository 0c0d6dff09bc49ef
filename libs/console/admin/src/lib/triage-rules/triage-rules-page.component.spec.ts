import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ApiError,
  TriageRulesPreview,
  TriageRulesView,
} from '@navdesk/contracts';
import { TriageRulesPageComponent } from './triage-rules-page.component';

const BASE = '/api/admin/triage-rules';

const view: TriageRulesView = {
  version: 3,
  createdAt: '2026-03-10T14:00:00.000Z',
  createdByName: 'Alex Admin',
  rules: [
    {
      id: 'login-access',
      category: 'login_access',
      theme: 'functionality',
      patterns: ['passwords?', 'locked out'],
    },
    {
      id: 'usability',
      category: 'other',
      theme: 'functionality',
      patterns: ['confusing'],
      kinds: ['usability_incident'],
    },
  ],
  history: [
    {
      version: 3,
      ruleCount: 2,
      createdAt: '2026-03-10T14:00:00.000Z',
      createdByName: 'Alex Admin',
    },
    {
      version: 1,
      ruleCount: 8,
      createdAt: '2026-01-01T09:00:00.000Z',
      createdByName: null,
    },
  ],
};

const preview: TriageRulesPreview = {
  version: 3,
  compared: 1000,
  moved: 37,
  moves: [
    {
      from: { category: 'other', theme: 'functionality' },
      to: { category: 'login_access', theme: 'functionality' },
      count: 37,
      sentence: '37 tickets would move from Other to Log-in and access',
    },
  ],
};

async function render() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(withXhr()), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(TriageRulesPageComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  backend.expectOne(BASE).flush(view);
  await fixture.whenStable();
  const page = fixture.componentInstance;
  const host = fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent?.trim().startsWith(label),
    );
  const click = async (label: string) => {
    button(label)?.click();
    await fixture.whenStable();
  };
  const patterns = (rule: number) => page.rules.at(rule).controls.patterns;
  const text = () => host.textContent ?? '';
  return { fixture, backend, page, host, button, click, patterns, text };
}

const badRegex: ApiError = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'Invalid rules.0.patterns.2',
  details: [
    {
      field: 'rules.0.patterns.2',
      message:
        'Rule 1 "login-access" pattern 3 is not a valid regex: missing closing )',
    },
  ],
};

describe('TriageRulesPageComponent', () => {
  it('shows the rules in force, who saved them, and the history', async () => {
    const { page, text } = await render();
    expect(page.rules.length).toBe(2);
    expect(page.rules.at(1).getRawValue()).toEqual({
      id: 'usability',
      category: 'other',
      theme: 'functionality',
      kinds: ['usability_incident'],
      patterns: 'confusing',
    });
    expect(text()).toContain('version 3');
    expect(text()).toContain('by Alex Admin');
    expect(text()).toContain('Shipped with Navdesk');
  });

  it('keeps Save disabled until the current edit is previewed, and again after a later change', async () => {
    const { page, backend, button, click, patterns, text, fixture } =
      await render();
    expect(button('Save')?.disabled).toBe(true);
    patterns(0).setValue('passwords?\nlocked out\nsign in');
    await fixture.whenStable();
    expect(button('Save')?.disabled).toBe(true);
    expect(text()).toContain('Preview this edit before saving it.');

    await click('Preview');
    const request = backend.expectOne({
      method: 'POST',
      url: `${BASE}/preview`,
    });
    expect(request.request.body.rules[0].patterns).toEqual([
      'passwords?',
      'locked out',
      'sign in',
    ]);
    request.flush(preview);
    await fixture.whenStable();
    expect(text()).toContain(
      '37 tickets would move from Other to Log-in and access',
    );
    expect(button('Save')?.disabled).toBe(false);

    page.addRule();
    await fixture.whenStable();
    expect(button('Save')?.disabled).toBe(true);
    expect(text()).toContain('You changed the rules after this preview');
  });

  it('shows a bad rule’s 400 under its field and does not let it be saved', async () => {
    const { backend, button, click, patterns, host, fixture } = await render();
    patterns(0).setValue('passwords?\nlocked out\n(unclosed');
    await click('Preview');
    backend
      .expectOne(`${BASE}/preview`)
      .flush(badRegex, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(patterns(0).errors?.['server']).toContain(
      'pattern 3 is not a valid regex',
    );
    expect(host.querySelector('mat-error')?.textContent).toContain(
      'pattern 3 is not a valid regex',
    );
    expect(button('Save')?.disabled).toBe(true);
  });

  it('saves a previewed edit as the next version and shows it as the one in force', async () => {
    const { backend, click, patterns, text, button, fixture } = await render();
    patterns(1).setValue('confusing\nhard to find');
    await click('Preview');
    backend.expectOne(`${BASE}/preview`).flush(preview);
    await fixture.whenStable();
    await click('Save as version 4');
    const put = backend.expectOne({ method: 'PUT', url: BASE });
    expect(put.request.body).toEqual({
      version: 3,
      rules: [
        view.rules[0],
        { ...view.rules[1], patterns: ['confusing', 'hard to find'] },
      ],
    });
    put.flush({
      ...view,
      version: 4,
      rules: put.request.body.rules,
      history: [{ ...view.history[0], version: 4 }, ...view.history],
    });
    await fixture.whenStable();
    expect(text()).toContain('In force: version 4');
    expect(button('Save')?.disabled).toBe(true);
    expect(text()).toContain('No changes to save.');
  });

  it('saves on the version it read; a 409 says someone saved first and offers a reload', async () => {
    const { backend, click, patterns, text, fixture } = await render();
    patterns(1).setValue('confusing\nhard to find');
    await click('Preview');
    backend.expectOne(`${BASE}/preview`).flush(preview);
    await fixture.whenStable();
    await click('Save');
    const put = backend.expectOne({ method: 'PUT', url: BASE });
    expect(put.request.body.version).toBe(3);
    put.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Someone else saved the triage rules after you opened them.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text()).toContain('Someone else saved first');
    await click('Reload the newest version');
    backend.expectOne(BASE).flush({ ...view, version: 4 });
    await fixture.whenStable();
    expect(text()).toContain('version 4');
  });
});
