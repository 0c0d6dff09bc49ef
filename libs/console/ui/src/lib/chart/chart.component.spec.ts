import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChartComponent } from './chart.component';
import type { ChartData } from './chart.types';
import { FakeChartRenderer, provideFakeCharts } from './fake-chart-renderer';

@Component({
  imports: [ChartComponent],
  template: `<nd-chart
    kind="line"
    caption="Mood ratings, last 12 weeks"
    categoryLabel="Day"
    [data]="data()"
    [yMin]="0"
    [yMax]="10"
  />`,
})
class HostComponent {
  readonly data = signal<ChartData>({
    labels: ['2 Mar', '3 Mar', '4 Mar'],
    series: [{ label: 'Mood (0–10)', values: [6, null, 3] }],
  });
}

describe('ChartComponent', () => {
  let fake: FakeChartRenderer;

  beforeEach(() => {
    fake = new FakeChartRenderer();
    TestBed.configureTestingModule({ providers: [provideFakeCharts(fake)] });
  });

  it('draws the data and lists the same numbers in a captioned table', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    expect(fake.drawn).toHaveLength(1);
    expect(fake.drawn[0]).toMatchObject({
      kind: 'line',
      yMin: 0,
      yMax: 10,
      data: { labels: ['2 Mar', '3 Mar', '4 Mar'] },
    });

    const table = host.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent?.trim()).toBe(
      'Mood ratings, last 12 weeks',
    );
    const headers = [...table.querySelectorAll('thead th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Day', 'Mood (0–10)']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2 Mar', '6'],
      ['3 Mar', '—'],
      ['4 Mar', '3'],
    ]);
    // The canvas is decoration for screen readers: they read the table.
    expect(
      host.querySelector('.nd-chart__canvas')?.getAttribute('aria-hidden'),
    ).toBe('true');
  });

  it('shows the table instead of the chart on request, and redraws when the data changes', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const wrapper = host.querySelector('.nd-chart__table') as HTMLElement;
    const toggle = host.querySelector(
      '[data-testid="chart-toggle"]',
    ) as HTMLButtonElement;
    expect(wrapper.classList).toContain('nd-chart__hidden');
    expect(toggle.textContent?.trim()).toBe('Show as table');

    toggle.click();
    await fixture.whenStable();
    expect(wrapper.classList).not.toContain('nd-chart__hidden');
    expect(wrapper.getAttribute('role')).toBe('region');
    expect(
      (host.querySelector('.nd-chart__canvas') as HTMLElement).hidden,
    ).toBe(true);
    expect(toggle.textContent?.trim()).toBe('Show as chart');

    fixture.componentInstance.data.set({
      labels: ['5 Mar'],
      series: [{ label: 'Mood (0–10)', values: [7] }],
    });
    await fixture.whenStable();
    expect(fake.drawn.at(-1)?.data.labels).toEqual(['5 Mar']);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('removes the chart with the component', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    fixture.destroy();
    expect(fake.destroyed).toBe(1);
  });

  it('writes hidden counts as the series says, with words for screen readers, and stacks bars', async () => {
    @Component({
      imports: [ChartComponent],
      template: `<nd-chart
        kind="bar"
        caption="Active patients per week"
        categoryLabel="Week starting"
        [stacked]="true"
        [data]="data"
      />`,
    })
    class CountsHostComponent {
      readonly data: ChartData = {
        labels: ['2 Mar', '9 Mar'],
        series: [
          {
            label: 'Active patients',
            values: [12, null],
            cellText: [
              null,
              { text: '<5', label: 'fewer than 5, hidden to protect privacy' },
            ],
          },
        ],
      };
    }
    const fixture = TestBed.createComponent(CountsHostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(fake.drawn[0]).toMatchObject({ kind: 'bar', stacked: true });
    expect(fake.drawn[0].data.series[0].values).toEqual([12, null]);
    const cells = [...host.querySelectorAll('tbody td')];
    expect(cells[0].textContent?.trim()).toBe('12');
    const hidden = cells[1].querySelector('[aria-hidden="true"]');
    expect(hidden?.textContent?.trim()).toBe('<5');
    expect(cells[1].textContent).toContain(
      'fewer than 5, hidden to protect privacy',
    );
  });
});
