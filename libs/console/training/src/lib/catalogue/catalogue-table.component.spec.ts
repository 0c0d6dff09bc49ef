import { TestBed } from '@angular/core/testing';
import { moduleView, text } from '../testing/training-fixtures';
import { CatalogueTableComponent } from './catalogue-table.component';

describe('CatalogueTableComponent', () => {
  async function render(modules = [moduleView()]) {
    const fixture = TestBed.createComponent(CatalogueTableComponent);
    fixture.componentRef.setInput('modules', modules);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows title, topic label, format, length, a core badge and the material in a new tab', async () => {
    const host = await render([
      moduleView(),
      moduleView({
        id: 'tm-2',
        title: 'Reading mood charts',
        topic: 'reading_engagement',
        format: 'video',
        durationMinutes: 20,
        core: false,
        materialUrl: null,
        description: '',
      }),
    ]);
    const headers = [...host.querySelectorAll('th')].map((th) => text(th));
    expect(headers).toEqual([
      'Module',
      'Topic',
      'Format',
      'Length',
      'Material',
    ]);
    const first = text(host.querySelector('tr[data-module-id="tm-1"]'));
    expect(first).toContain('Helping patients choose modules');
    expect(first).toContain('Core induction');
    expect(first).toContain('Workshop');
    expect(first).toContain('1 h 30 min');
    const link = host.querySelector(
      'tr[data-module-id="tm-1"] a',
    ) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(
      'https://learning.example.test/choosing',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(text(link)).toBe(
      'Open material for Helping patients choose modules (opens in a new tab)',
    );

    const second = text(host.querySelector('tr[data-module-id="tm-2"]'));
    expect(second).toContain('Reading engagement and mood data');
    expect(second).toContain('Video');
    expect(second).toContain('20 min');
    expect(second).not.toContain('Core induction');
    expect(second).toContain('None');
  });

  it('says so when the catalogue is empty', async () => {
    const host = await render([]);
    expect(text(host)).toBe('No training modules yet.');
  });
});
