// ICS import of holiday schedules (R20 note), with the 休/班 convention of parse-ics.ts.
import { readFileSync } from 'node:fs';
import { BUNDLED_CALENDAR } from '../bundled/snapshot';
import { parseCalendarImport, CalendarImportError } from './index';

const ics = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//gongkai//test//CN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

const catchError = (text: string): CalendarImportError => {
  try {
    parseCalendarImport(text, 'ics');
  } catch (e) {
    if (e instanceof CalendarImportError) return e;
    throw e;
  }
  throw new Error('expected a CalendarImportError');
};

describe('parseCalendarImport(ics)', () => {
  it("reads chinese-days' own published calendar into the same dates as the bundled data", () => {
    const text = readFileSync(require.resolve('chinese-days/dist/holidays.ics'), 'utf8');
    const years = parseCalendarImport(text, 'ics');
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const y of years) {
      expect(y.holidays.map((d) => d.date)).toEqual(BUNDLED_CALENDAR[y.year].holidays.map((d) => d.date));
      expect(y.makeupWorkdays.map((d) => d.date)).toEqual(BUNDLED_CALENDAR[y.year].makeupWorkdays.map((d) => d.date));
    }
    expect(years[2].holidays.find((d) => d.date === '2026-10-01')?.name).toBe('国庆节');
    expect(years[2].makeupWorkdays.find((d) => d.date === '2026-02-14')?.name).toBe('春节');
  });

  it('expands multi-day events (DTEND exclusive, DURATION), unfolds lines and skips nested components', () => {
    const text = ics(
      ['DTSTART;VALUE=DATE:20271001', 'DTEND;VALUE=DATE:20271004', 'SUMMARY:国庆节放', ' 假'],
      ['DTSTART;VALUE=DATE:20270206', 'DURATION:P2D', 'SUMMARY:春节', 'CATEGORIES:休'],
      // The VALARM's SUMMARY comes first and must not be taken for the event's.
      ['DTSTART:20270925', 'BEGIN:VALARM', 'TRIGGER:-PT15M', 'SUMMARY:提醒放假', 'END:VALARM', 'SUMMARY:国庆节调休上班'],
      ['DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:元旦(休)'],
    );
    const years = parseCalendarImport(text, 'ics');
    expect(years).toEqual([
      { year: 2026, holidays: [{ date: '2026-12-31', name: '元旦' }], makeupWorkdays: [], warnings: [] },
      {
        year: 2027,
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-02-06', name: '春节' },
          { date: '2027-02-07', name: '春节' },
          { date: '2027-10-01', name: '国庆节' },
          { date: '2027-10-02', name: '国庆节' },
          { date: '2027-10-03', name: '国庆节' },
        ],
        makeupWorkdays: [{ date: '2027-09-25', name: '国庆节' }],
        warnings: [],
      },
    ]);
  });

  it('warns when a make-up day is not a weekend, naming the line', () => {
    const [y] = parseCalendarImport(ics(['DTSTART;VALUE=DATE:20270929', 'SUMMARY:国庆节(班)']), 'ics');
    expect(y.warnings).toEqual(['第 5 行：调休上班日 2027-09-29 是星期三，本来就是工作日，请核对']);
  });

  it('names the line of an impossible date', () => {
    const e = catchError(ics(['DTSTART;VALUE=DATE:20270230', 'SUMMARY:春节(休)']));
    expect(e.message).toBe('第 5 行：日期 20270230 无效（应为 YYYYMMDD）');
    expect(e.line).toBe(5);
  });

  it('refuses a date that is both off and worked, naming both lines', () => {
    const text = ics(['DTSTART;VALUE=DATE:20270206', 'SUMMARY:春节(休)'], ['DTSTART;VALUE=DATE:20270206', 'SUMMARY:春节(班)']);
    expect(catchError(text).message).toBe('第 9 行：日期 2027-02-06 不能既是放假日又是调休上班日，另见第 5 行');
  });

  it.each([
    [ics(['DTSTART:20270101T000000', 'SUMMARY:元旦(休)']), '第 5 行：DTSTART 必须是全天日期'],
    [ics(['DTSTART;VALUE=DATE-TIME:20270101T000000Z', 'SUMMARY:元旦(休)']), '第 5 行：DTSTART 必须是全天日期'],
    [ics(['DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦']), '第 6 行：无法判断是放假还是上班'],
    [ics(['SUMMARY:元旦(休)']), '第 4 行：VEVENT 缺少 DTSTART'],
    [ics(['DTSTART;VALUE=DATE:20270102', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:元旦(休)']), '第 6 行：DTEND 必须晚于 DTSTART'],
    [ics(['DTSTART;VALUE=DATE:20270101', 'DURATION:PT24H', 'SUMMARY:元旦(休)']), '第 6 行：DURATION PT24H 无法识别'],
    [ics(['DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270301', 'SUMMARY:寒假(休)']), '第 5 行：事件跨度 59 天，超过 31 天'],
    ['BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:元旦(休)\nEND:VCALENDAR', '第 2 行：VEVENT 缺少 END:VEVENT'],
    ['BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR', '没有找到任何 VEVENT 事件'],
    ['BEGIN:VCALENDAR\nthis is not ics\nEND:VCALENDAR', '第 2 行：无法识别的内容'],
    ['', '导入内容为空'],
  ])('rejects bad input (%#)', (text, expected) => {
    expect(catchError(text).message).toContain(expected);
  });
});
