import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { KbArticleView, Page } from '@navdesk/contracts';
import { button, setUpAs } from '../testing/testing-module';
import { kbArticle } from '../testing/ticket-fixtures';
import {
  KbSuggestionsComponent,
  SUGGEST_DEBOUNCE_MS,
  suggestionQuery,
} from './kb-suggestions.component';

describe('suggestionQuery', () => {
  it('needs three words and keeps at most twelve', () => {
    expect(suggestionQuery(' app  crash ')).toBeNull();
    expect(suggestionQuery('app crash mood')).toBe('app crash mood');
    expect(suggestionQuery('a b c d e f g h i j k l m n')).toBe(
      'a b c d e f g h i j k l',
    );
  });
});

describe('KbSuggestionsComponent', () => {
  beforeEach(() => {
    setUpAs('pwp');
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
    TestBed.inject(SessionStore).clear();
  });

  function render() {
    const fixture = TestBed.createComponent(KbSuggestionsComponent);
    fixture.componentRef.setInput('draftId', 'draft-1');
    fixture.componentRef.setInput('text', '');
    TestBed.tick();
    const type = (value: string) => {
      fixture.componentRef.setInput('text', value);
      TestBed.tick();
    };
    return { fixture, type, http: TestBed.inject(HttpTestingController) };
  }

  it('asks only once typing pauses for 400 ms, and only from three words', () => {
    const { fixture, type, http } = render();
    type('patient cannot');
    jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS);
    http.expectNone((req) => req.url === '/api/kb/articles');

    type('patient cannot log');
    jest.advanceTimersByTime(200);
    type('patient cannot log in');
    jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS - 1);
    http.expectNone((req) => req.url === '/api/kb/articles');
    jest.advanceTimersByTime(1);

    const req = http.expectOne((r) => r.url === '/api/kb/articles');
    expect(req.request.params.get('q')).toBe('patient cannot log in');
    expect(req.request.params.get('limit')).toBe('3');
    const page: Page<KbArticleView> = {
      items: [kbArticle(), kbArticle({ id: 'kb-2', title: 'Two-step codes' })],
      nextCursor: null,
    };
    req.flush(page);
    TestBed.tick();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent).toContain('These articles may help');
    expect(host.querySelectorAll('li')).toHaveLength(2);
  });

  it('records an opened article once, with the draft id', () => {
    const { fixture, type, http } = render();
    type('patient cannot log in');
    jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS);
    http
      .expectOne((r) => r.url === '/api/kb/articles')
      .flush({ items: [kbArticle()], nextCursor: null });
    TestBed.tick();
    const host = fixture.nativeElement as HTMLElement;

    button(host, 'Read article').click();
    TestBed.tick();
    const opened = http.expectOne({
      method: 'POST',
      url: '/api/kb/articles/kb-1/opened',
    });
    expect(opened.request.body).toEqual({ draftId: 'draft-1' });
    opened.flush(null, { status: 204, statusText: 'No Content' });
    expect(host.textContent).toContain('Ask the patient to…');

    button(host, 'Hide article').click();
    TestBed.tick();
    button(host, 'Read article').click();
    TestBed.tick();
    http.expectNone({ method: 'POST', url: '/api/kb/articles/kb-1/opened' });
  });
});
