import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import {
  button,
  choose,
  heading,
  moduleView,
  setUpAs,
  text,
  type,
} from '../../testing/training-fixtures';
import { CataloguePageComponent } from './catalogue-page.component';

describe('CataloguePageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CataloguePageComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    setUpAs('navigator');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CataloguePageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/training/modules').flush([moduleView()]);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const control = <T extends Element>(name: string) =>
    host.querySelector(`[formControlName="${name}"]`) as T;

  it('shows the catalogue and adds a module to it', async () => {
    expect(heading(host, 'Catalogue')).not.toBeNull();
    expect(heading(host, 'Add a module')).not.toBeNull();
    type(control<HTMLInputElement>('title'), ' Reading mood charts ');
    choose(control<HTMLSelectElement>('topic'), 'reading_engagement');
    choose(control<HTMLSelectElement>('format'), 'video');
    type(control<HTMLInputElement>('durationMinutes'), '20');
    type(
      control<HTMLInputElement>('materialUrl'),
      'https://learning.example.test/mood',
    );
    await fixture.whenStable();
    button(host, 'Add module').click();
    await fixture.whenStable();

    const post = http.expectOne({
      method: 'POST',
      url: '/api/training/modules',
    });
    expect(post.request.body).toEqual({
      title: 'Reading mood charts',
      topic: 'reading_engagement',
      format: 'video',
      durationMinutes: 20,
      materialUrl: 'https://learning.example.test/mood',
      description: '',
      core: false,
    });
    post.flush(
      moduleView({
        id: 'tm-2',
        title: 'Reading mood charts',
        topic: 'reading_engagement',
        format: 'video',
        core: false,
      }),
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(host.querySelector('tr[data-module-id="tm-2"]')).not.toBeNull();
    expect(text(host.querySelector('[data-testid="catalogue-status"]'))).toBe(
      'Added to the catalogue: Reading mood charts.',
    );
  });

  it('checks the form, then shows the server’s field messages (400)', async () => {
    type(control<HTMLInputElement>('materialUrl'), 'slides.pptx');
    await fixture.whenStable();
    button(host, 'Add module').click();
    await fixture.whenStable();
    expect(text(host)).toContain('Give the module a title');
    expect(text(host)).toContain('Choose what the module is about');
    expect(text(host)).toContain('Give a full web address starting https://');

    type(control<HTMLInputElement>('title'), 'Helping patients choose modules');
    choose(control<HTMLSelectElement>('topic'), 'choosing_modules');
    type(control<HTMLInputElement>('materialUrl'), '');
    await fixture.whenStable();
    button(host, 'Add module').click();
    await fixture.whenStable();
    http.expectOne('/api/training/modules').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        details: [
          { field: 'title', message: 'A module with this title exists' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(host)).toContain('A module with this title exists');
  });
});
