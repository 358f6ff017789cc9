// Working-day counting with real State Council schedules (R20 note: the triggering day is
// not counted; weekends and holidays are off; 调休 make-up weekend days are on).
// Expected dates are worked out by hand from the notices (国办发明电〔2017〕12号 for 2018,
// 〔2018〕15号 + the 2019-03 劳动节 adjustment for 2019, 〔2022〕16号 for 2023,
// 国办发明电〔2023〕7号 for 2024), not copied from the code's output.
import { readFileSync } from 'node:fs';
import { fromDayNumber, toDayNumber } from '@gongkai/shared';
import { WorkingCalendar } from './working-calendar';
import type { CalendarData } from './types';

const cal = new WorkingCalendar();
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = toDayNumber(from)!; d <= toDayNumber(to)!; d++) out.push(fromDayNumber(d));
  return out;
};

describe('dayInfo (R20 note: weekends and holidays off, 调休 weekend days on)', () => {
  it('tells make-up Saturdays/Sundays, holidays inside the block and plain days apart', () => {
    expect(cal.dayInfo('2018-09-29')).toEqual({ date: '2018-09-29', working: true, reason: '调休上班', name: '国庆节', provisional: false });
    expect(cal.dayInfo('2018-09-30')).toMatchObject({ working: true, reason: '调休上班' });
    expect(cal.dayInfo('2018-10-01')).toMatchObject({ working: false, reason: '法定节假日：国庆节', provisional: false });
    // A Saturday inside the 国庆 block is reported as the holiday, not as a weekend.
    expect(cal.dayInfo('2018-10-06')).toMatchObject({ working: false, reason: '法定节假日：国庆节' });
    expect(cal.dayInfo('2018-09-28')).toEqual({ date: '2018-09-28', working: true, reason: '工作日', provisional: false });
    expect(cal.dayInfo('2018-10-13')).toEqual({ date: '2018-10-13', working: false, reason: '周末', provisional: false });
    expect(cal.dayInfo('2018-09-24')).toMatchObject({ working: false, reason: '法定节假日：中秋节' });
  });

  it('rejects dates that do not exist', () => {
    expect(() => cal.dayInfo('2018-02-30')).toThrow('日期 2018-02-30 无效');
    expect(() => cal.dayInfo('2018/10/01')).toThrow(RangeError);
  });
});

describe('addWorkingDays across holidays and 调休 (R20–R22 counting)', () => {
  it('2018-09-28 + 3 = 2018-10-08: 09-29 and 09-30 are make-up days 1 and 2, 10-01…10-07 off', () => {
    const r = cal.addWorkingDays('2018-09-28', 3);
    expect(r.due).toBe('2018-10-08');
    expect(r.provisional).toBe(false);
    expect(r.missingYears).toEqual([]);
    expect(r.skipped).toEqual(range('2018-10-01', '2018-10-07').map((date) => ({ date, reason: '法定节假日：国庆节' })));
    expect(cal.addWorkingDays('2018-09-28', 1).due).toBe('2018-09-29');
    expect(cal.addWorkingDays('2018-09-28', 2).due).toBe('2018-09-30');
  });

  it('counts 20 working days across 中秋 and 国庆 2018 (R22)', () => {
    // 09-21 (1); 09-22/23 weekend; 09-24 中秋; 09-25…28 (2–5); 09-29, 09-30 调休 (6, 7);
    // 10-01…07 国庆; 10-08…12 (8–12); 10-15…19 (13–17); 10-22, 23, 24 (18–20).
    const r = cal.addWorkingDays('2018-09-20', 20);
    expect(r.due).toBe('2018-10-24');
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2018-09-22', '2018-09-23', '2018-09-24',
      ...range('2018-10-01', '2018-10-07'),
      '2018-10-13', '2018-10-14', '2018-10-20', '2018-10-21',
    ]);
    expect(r.skipped[2]).toEqual({ date: '2018-09-24', reason: '法定节假日：中秋节' });
    expect(r.skipped[0]).toEqual({ date: '2018-09-22', reason: '周末' });
  });

  it('Spring Festival 2019: 02-02/02-03 are make-up days, 02-04…02-10 off', () => {
    const r = cal.addWorkingDays('2019-02-01', 3);
    expect(r.due).toBe('2019-02-11');
    expect(r.skipped).toEqual(range('2019-02-04', '2019-02-10').map((date) => ({ date, reason: '法定节假日：春节' })));
  });

  it('Spring Festival 2023: 01-21…01-27 off, 01-28 (Sat) and 01-29 (Sun) worked', () => {
    expect(cal.addWorkingDays('2023-01-20', 1).due).toBe('2023-01-28');
    expect(cal.addWorkingDays('2023-01-20', 3).due).toBe('2023-01-30');
  });

  it('a deadline on the Friday before a long holiday, and the day after it (春节 2024)', () => {
    // 2024-02-09 (Fri, 除夕) was a working day; 02-10…02-17 off; 02-18 (Sun) worked.
    expect(cal.addWorkingDays('2024-02-08', 1).due).toBe('2024-02-09');
    const r = cal.addWorkingDays('2024-02-08', 2);
    expect(r.due).toBe('2024-02-18');
    expect(r.skipped.map((s) => s.date)).toEqual(range('2024-02-10', '2024-02-17'));
  });

  it('a start on a holiday counts from the first working day after it', () => {
    expect(cal.addWorkingDays('2018-10-03', 1)).toMatchObject({ due: '2018-10-08', skipped: range('2018-10-04', '2018-10-07').map((date) => ({ date, reason: '法定节假日：国庆节' })) });
    // 2019-02-05 is 正月初一: 02-11, 02-12, 02-13.
    expect(cal.addWorkingDays('2019-02-05', 3).due).toBe('2019-02-13');
  });

  it('crosses the new year with the 2019 元旦 schedule announced in 2018 (12-29 worked, 12-30…01-01 off)', () => {
    const r = cal.addWorkingDays('2018-12-28', 2);
    expect(r.due).toBe('2019-01-02');
    expect(r.skipped).toEqual([
      { date: '2018-12-30', reason: '法定节假日：元旦' },
      { date: '2018-12-31', reason: '法定节假日：元旦' },
      { date: '2019-01-01', reason: '法定节假日：元旦' },
    ]);
  });

  it('n = 0 is the start date itself; negative or fractional n is refused', () => {
    expect(cal.addWorkingDays('2018-10-03', 0)).toMatchObject({ due: '2018-10-03', skipped: [] });
    expect(() => cal.addWorkingDays('2018-10-03', -1)).toThrow('必须是非负整数');
    expect(() => cal.addWorkingDays('2018-10-03', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2018-13-01', 1)).toThrow('起始日期 2018-13-01 无效');
  });

  it('does not count working days inside a pause, and lists them with the pause reason', () => {
    const r = cal.addWorkingDays('2018-10-08', 3, { pauses: [{ from: '2018-10-09', to: '2018-10-10', reason: '暂停' }] });
    expect(r.due).toBe('2018-10-15'); // 10-11 (1), 10-12 (2), 10-13/14 weekend, 10-15 (3)
    expect(r.skipped).toEqual([
      { date: '2018-10-09', reason: '暂停' },
      { date: '2018-10-10', reason: '暂停' },
      { date: '2018-10-13', reason: '周末' },
      { date: '2018-10-14', reason: '周末' },
    ]);
    expect(() => cal.addWorkingDays('2018-10-08', 3, { pauses: [{ from: '2018-10-10', to: '2018-10-09', reason: 'x' }] })).toThrow('结束早于开始');
  });
});

describe('workingDaysBetween: days after `from` up to and including `to`', () => {
  it('counts like addWorkingDays', () => {
    expect(cal.workingDaysBetween('2018-09-28', '2018-10-08')).toEqual({ from: '2018-09-28', to: '2018-10-08', days: 3, provisional: false, missingYears: [] });
    expect(cal.workingDaysBetween('2018-09-28', '2018-10-07').days).toBe(2); // ends on a holiday
    expect(cal.workingDaysBetween('2018-10-01', '2018-10-07').days).toBe(0);
    expect(cal.workingDaysBetween('2018-10-08', '2018-10-08').days).toBe(0);
  });

  it('is mirrored when to < from', () => {
    expect(cal.workingDaysBetween('2018-10-08', '2018-09-28').days).toBe(-3);
  });

  it('between(from, add(from, n).due) === n for many starts and n (property-style)', () => {
    const starts: string[] = [];
    for (let d = toDayNumber('2017-12-01')!; d <= toDayNumber('2020-02-15')!; d += 3) starts.push(fromDayNumber(d));
    for (let d = toDayNumber('2026-09-01')!; d <= toDayNumber('2027-02-01')!; d += 5) starts.push(fromDayNumber(d));
    let checked = 0;
    for (const from of starts) {
      for (const n of [0, 1, 2, 3, 5, 20, 40]) {
        const add = cal.addWorkingDays(from, n);
        expect(cal.workingDaysBetween(from, add.due).days).toBe(n);
        // Every calendar day after `from` up to `due` is either counted or skipped.
        expect(toDayNumber(add.due)! - toDayNumber(from)!).toBe(n + add.skipped.length);
        if (n > 0) expect(cal.dayInfo(add.due).working).toBe(true);
        for (const s of add.skipped) expect(cal.dayInfo(s.date).working).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('agrees with an independent count over the raw chinese-days data file, 2004–2026', () => {
    // Oracle: the package's data file read directly, with weekday from Date.UTC.
    const raw = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8'));
    const working = (iso: string) => {
      if (raw.workdays[iso]) return true;
      if (raw.holidays[iso]) return false;
      const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
      return wd !== 0 && wd !== 6;
    };
    const oracleAdd = (from: string, n: number) => {
      let d = toDayNumber(from)!;
      for (let c = 0; c < n; ) if (working(fromDayNumber(++d))) c++;
      return fromDayNumber(d);
    };
    for (let d = toDayNumber('2004-01-01')!; d <= toDayNumber('2026-11-30')!; d += 7) {
      const from = fromDayNumber(d);
      expect(cal.isWorkingDay(from)).toBe(working(from));
      for (const n of [1, 3, 20]) expect(cal.addWorkingDays(from, n).due).toBe(oracleAdd(from, n));
    }
  });
});

describe('years without data are provisional, never silently Monday–Friday', () => {
  it('covers 2004–2026 from the bundle', () => {
    expect(cal.coveredYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(cal.missingYears('2025-06-01', '2028-01-01')).toEqual([2027, 2028]);
    expect(cal.missingYears('2018-01-01', '2019-12-31')).toEqual([]);
  });

  it('marks a count that enters 2027 as provisional and names the year', () => {
    const r = cal.addWorkingDays('2026-12-30', 3);
    expect(r).toMatchObject({ due: '2027-01-04', provisional: true, missingYears: [2027] });
    expect(cal.addWorkingDays('2026-12-28', 3)).toMatchObject({ due: '2026-12-31', provisional: false, missingYears: [] });
    expect(cal.dayInfo('2027-01-01')).toMatchObject({ provisional: true });
    expect(cal.dayInfo('2003-05-01')).toMatchObject({ provisional: true });
    expect(cal.workingDaysBetween('2026-12-30', '2027-01-04')).toMatchObject({ days: 3, provisional: true, missingYears: [2027] });
  });
});

describe('administrator overrides replace the bundled year', () => {
  const bundled2018 = cal.yearData(2018)!;

  it('a loaded 2027 makes 2027 covered and final', () => {
    const withY2027 = new WorkingCalendar({
      overrides: { 2027: { holidays: range('2027-01-01', '2027-01-03').map((date) => ({ date, name: '元旦' })), makeupWorkdays: [] } },
    });
    expect(withY2027.addWorkingDays('2026-12-30', 3)).toMatchObject({ due: '2027-01-05', provisional: false, missingYears: [] });
    expect(withY2027.yearSource(2027)).toBe('override');
    expect(withY2027.coveredYears()).toContain(2027);
    expect(withY2027.dayInfo('2027-01-01')).toMatchObject({ working: false, reason: '法定节假日：元旦', provisional: false });
  });

  it('a correction wins over the bundled data', () => {
    const corrected: CalendarData = {
      2018: { holidays: [...bundled2018.holidays, { date: '2018-10-08', name: '国庆节' }], makeupWorkdays: bundled2018.makeupWorkdays },
    };
    const c = new WorkingCalendar({ overrides: corrected });
    expect(c.addWorkingDays('2018-09-28', 3).due).toBe('2018-10-09');
    expect(cal.addWorkingDays('2018-09-28', 3).due).toBe('2018-10-08');
    expect(c.yearSource(2018)).toBe('override');
    expect(cal.yearSource(2018)).toBe('bundled');
  });

  it('replaces the whole year: dates left out of the override are ordinary days', () => {
    const onlyNationalDay: CalendarData = {
      2018: {
        holidays: bundled2018.holidays.filter((d) => d.name === '国庆节'),
        makeupWorkdays: bundled2018.makeupWorkdays.filter((d) => d.name === '国庆节'),
      },
    };
    const c = new WorkingCalendar({ overrides: onlyNationalDay });
    // Bundled: 2018-02-15…21 春节, so 02-14 + 1 = 02-22; the override dropped 春节.
    expect(cal.addWorkingDays('2018-02-14', 1).due).toBe('2018-02-22');
    expect(c.addWorkingDays('2018-02-14', 1).due).toBe('2018-02-15');
    expect(c.addWorkingDays('2018-09-28', 3).due).toBe('2018-10-08');
    // Other years keep the bundled data.
    expect(c.addWorkingDays('2019-02-01', 3).due).toBe('2019-02-11');
  });

  it('reports what an override would add and remove', () => {
    const impact = cal.overrideImpact({
      year: 2018,
      holidays: [...bundled2018.holidays.filter((d) => d.date !== '2018-09-24'), { date: '2018-10-08', name: '国庆节' }],
      makeupWorkdays: bundled2018.makeupWorkdays.filter((d) => d.date !== '2018-12-29'),
    });
    expect(impact).toEqual({
      year: 2018,
      replaces: 'bundled',
      addedHolidays: ['2018-10-08'],
      removedHolidays: ['2018-09-24'],
      addedMakeupWorkdays: [],
      removedMakeupWorkdays: ['2018-12-29'],
    });
    expect(cal.overrideImpact({ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] }).replaces).toBeNull();
  });

  it('refuses an invalid stored override', () => {
    expect(() => new WorkingCalendar({ overrides: { 2027: { holidays: [{ date: '2026-12-31', name: '元旦' }], makeupWorkdays: [] } } })).toThrow(
      '日期 2026-12-31 不在 2027 年内',
    );
    expect(
      () =>
        new WorkingCalendar({
          overrides: { 2027: { holidays: [{ date: '2027-02-06', name: '春节' }], makeupWorkdays: [{ date: '2027-02-06', name: '春节' }] } },
        }),
    ).toThrow('不能既是放假日又是调休上班日');
  });
});
