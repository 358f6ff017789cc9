import { toDayNumber } from '@gongkai/shared';
import { addCalendarMonths, dayNumberOf, dayOfWeek, isWeekend } from './day-math';

describe('addCalendarMonths (R25: one calendar month, month-end clamped)', () => {
  it.each([
    ['2018-06-29', 1, '2018-07-29'],
    ['2019-01-31', 1, '2019-02-28'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2100-01-31', 1, '2100-02-28'], // 2100 is not a leap year
    ['2000-01-30', 1, '2000-02-29'],
    ['2018-03-31', 1, '2018-04-30'],
    ['2018-12-31', 1, '2019-01-31'],
    ['2018-12-15', 13, '2020-01-15'],
    ['2018-03-31', -1, '2018-02-28'],
    ['2018-01-15', -1, '2017-12-15'],
  ])('%s + %i month(s) = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });

  it('rejects bad input', () => {
    expect(() => addCalendarMonths('2018-02-30', 1)).toThrow('无效');
    expect(() => addCalendarMonths('2018-02-01', 0.5)).toThrow('整数');
  });
});

describe('dayOfWeek', () => {
  it('is right before 1970 too (the shared weekday() goes negative there)', () => {
    expect(dayOfWeek(toDayNumber('1949-10-01')!)).toBe(6); // a Saturday
    expect(dayOfWeek(toDayNumber('1969-12-31')!)).toBe(3); // a Wednesday
    expect(isWeekend(toDayNumber('1949-10-02')!)).toBe(true);
    expect(dayOfWeek(toDayNumber('2018-10-08')!)).toBe(1);
  });

  it('dayNumberOf names the field in its error', () => {
    expect(() => dayNumberOf('2019-02-29', '签发日期')).toThrow('签发日期 2019-02-29 无效');
    expect(() => dayNumberOf(undefined)).toThrow('日期 undefined 无效');
  });
});
