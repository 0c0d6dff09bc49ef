import { SERIES_COLOURS, toChartJsConfig } from './chart-loader';

describe('toChartJsConfig', () => {
  it('maps a line spec to a 0–10 chart whose lines differ by dash, not colour alone', () => {
    const config = toChartJsConfig({
      kind: 'line',
      data: {
        labels: ['a', 'b'],
        series: [
          { label: 'One', values: [1, null] },
          { label: 'Two', values: [2, 3] },
        ],
      },
      yMin: 0,
      yMax: 10,
      yStep: 2,
      yTitle: 'Mood (0–10)',
      reducedMotion: true,
    });
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['a', 'b']);
    const [one, two] = config.data.datasets as unknown as {
      label: string;
      data: (number | null)[];
      borderColor: string;
      borderDash: number[];
    }[];
    expect(one).toMatchObject({
      label: 'One',
      data: [1, null],
      borderColor: SERIES_COLOURS[0],
      borderDash: [],
    });
    expect(two.borderDash).toEqual([6, 4]);
    expect(config.options?.animation).toBe(false);
    expect(config.options?.scales?.['y']).toMatchObject({ min: 0, max: 10 });
    expect(config.options?.plugins?.legend?.display).toBe(true);
  });

  it('maps a bar spec without line styling', () => {
    const config = toChartJsConfig({
      kind: 'bar',
      data: { labels: ['w1'], series: [{ label: 'Sent', values: [4] }] },
      reducedMotion: false,
    });
    expect(config.type).toBe('bar');
    expect(config.data.datasets[0]).not.toHaveProperty('borderDash');
    expect(config.options?.plugins?.legend?.display).toBe(false);
  });

  it('stacks bars when asked, splitting each segment with a white line', () => {
    const config = toChartJsConfig({
      kind: 'bar',
      stacked: true,
      data: {
        labels: ['w1'],
        series: [
          { label: 'Time', values: [4] },
          { label: 'Functionality', values: [6] },
        ],
      },
      reducedMotion: true,
    });
    expect(config.options?.scales?.['x']).toMatchObject({ stacked: true });
    expect(config.options?.scales?.['y']).toMatchObject({ stacked: true });
    expect(config.data.datasets[1]).toMatchObject({
      backgroundColor: SERIES_COLOURS[1],
      borderColor: '#ffffff',
      borderWidth: 1,
    });
    expect(config.options?.plugins?.legend?.display).toBe(true);
  });
});
