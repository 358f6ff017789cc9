import { toDayNumber, fromDayNumber, weekday, shanghaiDate, isIsoDate } from './dates';

describe('date helpers (TZ-independent, R20)', () => {
  it('round-trips ISO dates through day numbers', () => {
    const d = toDayNumber('2018-09-28')!;
    expect(fromDayNumber(d)).toBe('2018-09-28');
    expect(fromDayNumber(d + 3)).toBe('2018-10-01');
  });
  it('rejects impossible dates', () => {
    expect(toDayNumber('2018-02-30')).toBeNull();
    expect(toDayNumber('2018-9-1')).toBeNull();
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
  });
  it('knows weekdays', () => {
    expect(weekday(toDayNumber('2018-09-29')!)).toBe(6); // Saturday
    expect(weekday(toDayNumber('2018-09-30')!)).toBe(0); // Sunday
    expect(weekday(toDayNumber('1969-12-28')!)).toBe(0); // Sunday, before the epoch
  });
  it('gives the Shanghai calendar date of an instant', () => {
    expect(shanghaiDate('2018-06-28T16:30:00Z')).toBe('2018-06-29');
    expect(shanghaiDate('2018-06-28T15:59:59Z')).toBe('2018-06-28');
  });
});
