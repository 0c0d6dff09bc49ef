import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { setUpAs, text } from '../testing/training-fixtures';
import { NavigatorTrainingLayoutComponent } from './navigator-training-layout.component';

describe('NavigatorTrainingLayoutComponent', () => {
  afterEach(() => TestBed.inject(SessionStore).clear());

  it('offers a tab per task, each its own address', async () => {
    setUpAs('navigator');
    const fixture = TestBed.createComponent(NavigatorTrainingLayoutComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('h1')?.textContent).toBe('Training');
    const nav = host.querySelector('nav[aria-label="Training"]') as HTMLElement;
    const links = [...nav.querySelectorAll('a')].map((a) => [
      text(a),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Schedule', '/training'],
      ['Question topics', '/training/topics'],
      ['Coverage', '/training/coverage'],
      ['Catalogue', '/training/catalogue'],
    ]);
  });
});
