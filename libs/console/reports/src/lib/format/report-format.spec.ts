import {
  compareWeeks,
  formatChange,
  formatMinutes,
  formatPercent,
  patientCountCell,
  patientCountText,
  patientCountValue,
} from './report-format';

describe('report wording', () => {
  it('writes a hidden count as "<5" and never plots it', () => {
    expect(patientCountText('<5')).toBe('<5');
    expect(patientCountText(1204)).toBe('1,204');
    expect(patientCountValue('<5')).toBeNull();
    expect(patientCountValue(0)).toBe(0);
    expect(patientCountCell('<5')).toEqual({
      text: '<5',
      label: 'fewer than 5, hidden to protect privacy',
    });
    expect(patientCountCell(7)).toBeNull();
  });

  it('writes durations as a person would say them', () => {
    expect(formatMinutes(null)).toBe('—');
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(135)).toBe('2 h 15 min');
    expect(formatMinutes(180)).toBe('3 h');
    expect(formatMinutes(134.6)).toBe('2 h 15 min');
    expect(formatMinutes(24 * 60 + 4 * 60 + 10)).toBe('1 d 4 h');
    expect(formatMinutes(2 * 24 * 60)).toBe('2 d');
  });

  it('writes percentages and signed changes', () => {
    expect(formatPercent(91.6)).toBe('92%');
    expect(formatPercent(null)).toBe('—');
    expect(formatChange(1.84)).toBe('+1.8');
    expect(formatChange(-0.44)).toBe('−0.4');
    expect(formatChange(0.01)).toBe('0.0');
    expect(formatChange(null)).toBe('—');
  });

  it('says whether this week is better, using which way is better for the figure', () => {
    expect(compareWeeks(30, 20, 'up')).toEqual({
      direction: 'up',
      better: true,
      words: 'Up 10 on last week: better',
    });
    expect(compareWeeks(14, 9, 'down')).toEqual({
      direction: 'up',
      better: false,
      words: 'Up 5 on last week: worse',
    });
    expect(compareWeeks(3, 9, 'down').words).toBe(
      'Down 6 on last week: better',
    );
    expect(compareWeeks(9, 9, 'up')).toMatchObject({
      direction: 'same',
      better: null,
    });
    expect(compareWeeks('<5', 9, 'up')).toEqual({
      direction: 'unknown',
      better: null,
      words: 'Not compared: a count is fewer than 5',
    });
  });
});
