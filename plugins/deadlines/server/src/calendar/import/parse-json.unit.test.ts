// JSON import of a year's holiday schedule (R20 note: administrators load each new year).
import { parseCalendarImport, CalendarImportError } from './index';

const catchError = (text: string): CalendarImportError => {
  try {
    parseCalendarImport(text, 'json');
  } catch (e) {
    if (e instanceof CalendarImportError) return e;
    throw e;
  }
  throw new Error('expected a CalendarImportError');
};

describe('parseCalendarImport(json)', () => {
  it('reads one year, sorting dates and defaulting the optional fields', () => {
    const text = JSON.stringify({
      year: 2027,
      holidays: [{ date: '2027-01-03', name: ' 元旦 ' }, { date: '2027-01-01', name: '元旦' }, { date: '2027-01-02' }],
      makeupWorkdays: [{ date: '2027-02-07', name: '春节调休' }],
    });
    expect(parseCalendarImport(text, 'json')).toEqual([
      {
        year: 2027,
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-01-02', name: '' },
          { date: '2027-01-03', name: '元旦' },
        ],
        makeupWorkdays: [{ date: '2027-02-07', name: '春节调休' }],
        warnings: [],
      },
    ]);
  });

  it('accepts an array of years and a year without make-up days', () => {
    const text = JSON.stringify([
      { year: 2027, holidays: [{ date: '2027-10-01', name: '国庆节' }] },
      { year: 2028, holidays: [{ date: '2028-01-01', name: '元旦' }], makeupWorkdays: [] },
    ]);
    const years = parseCalendarImport(text, 'json');
    expect(years.map((y) => [y.year, y.holidays.length, y.makeupWorkdays.length])).toEqual([
      [2027, 1, 0],
      [2028, 1, 0],
    ]);
  });

  it('warns about a make-up day that is not a weekend and about duplicates', () => {
    const text = JSON.stringify({
      year: 2027,
      holidays: [{ date: '2027-10-01', name: '国庆节' }, { date: '2027-10-01', name: '国庆节' }],
      makeupWorkdays: [{ date: '2027-09-29', name: '国庆节调休' }],
    });
    const [y] = parseCalendarImport(text, 'json');
    expect(y.holidays).toHaveLength(1);
    expect(y.warnings).toEqual([
      '放假日期 2027-10-01 重复出现，只保留第一次（holidays 第 2 项 date）',
      // The date occurs once in the (one-line) text, so its line is known.
      '第 1 行：调休上班日 2027-09-29 是星期三，本来就是工作日，请核对（makeupWorkdays 第 1 项 date）',
    ]);
  });

  it('names the line of an impossible date', () => {
    const text = '{\n  "year": 2027,\n  "holidays": [\n    { "date": "2027-02-30", "name": "春节" }\n  ]\n}';
    const e = catchError(text);
    expect(e.message).toBe('第 4 行：日期 2027-02-30 无效（应为 YYYY-MM-DD 格式的真实日期）（holidays 第 1 项 date）');
    expect(e.line).toBe(4);
    expect(e.field).toBe('holidays 第 1 项 date');
  });

  it('refuses a date outside the stated year, naming the entry', () => {
    const text = JSON.stringify([{ year: 2026, holidays: [] }, { year: 2027, holidays: [{ date: '2026-12-31', name: '元旦' }] }], null, 2);
    expect(catchError(text).message).toMatch(/^第 \d+ 行：日期 2026-12-31 不在 2027 年内.*（第 2 条 holidays 第 1 项 date）$/);
  });

  it('refuses a date that is both off and a make-up day, pointing at both lines', () => {
    const text = [
      '{ "year": 2027,',
      '  "holidays": [{ "date": "2027-02-06", "name": "春节" }],',
      '  "makeupWorkdays": [{ "date": "2027-02-07", "name": "春节调休" },',
      '                     { "date": "2027-02-06 ", "name": "x" }] }',
    ].join('\n');
    // Trailing space: not a real date, so this one is an invalid-date error on line 4.
    expect(catchError(text).message).toMatch(/^第 4 行：日期 2027-02-06  无效/);
    const clash = text.replace('"2027-02-06 "', '"2027-02-06"');
    // The date occurs twice, so the JSON importer cannot tell the line; it names the field.
    expect(catchError(clash).message).toBe(
      '日期 2027-02-06 不能既是放假日又是调休上班日，另见 holidays 第 1 项 date（makeupWorkdays 第 2 项 date）',
    );
  });

  it.each([
    ['', '导入内容为空'],
    ['{ "year": 2027, "holidays": [ }', /^第 1 行：JSON 格式错误/],
    ['{\n"year": 2027,\n"holidays": [],\n}', /^第 4 行：JSON 格式错误/],
    ['"2027"', '每条年度数据必须是含 year、holidays、makeupWorkdays 的对象'],
    ['[]', '没有任何年度数据'],
    ['{ "year": 2027 }', '第 1 行：缺少 holidays（放假日期列表）（year）'],
    ['{ "holidays": [] }', '缺少 year（year）'],
    ['{ "year": "2027", "holidays": [] }', '第 1 行：年份 "2027" 无效，应为 1900—2199 之间的整数（year）'],
    ['{ "year": 2027, "holidays": [], "workdays": [] }', '第 1 行：未知字段 workdays（只允许 year、holidays、makeupWorkdays）'],
    ['{ "year": 2027, "holidays": {} }', 'holidays 必须是数组（holidays）'],
    ['{ "year": 2027, "holidays": ["2027-01-01"] }', '每一项必须是 { "date": "YYYY-MM-DD", "name": "…" } 形式的对象（holidays 第 1 项）'],
    ['{ "year": 2027, "holidays": [{ "day": "2027-01-01" }] }', '未知字段 day（只允许 date、name）（holidays 第 1 项）'],
    ['{ "year": 2027, "holidays": [{ "date": "2027-01-01", "name": 1 }] }', '第 1 行：名称必须是文字（holidays 第 1 项 date）'],
    ['[{ "year": 2027, "holidays": [] }, { "year": 2027, "holidays": [] }]', '年份 2027 重复出现'],
  ])('rejects %j', (text, expected) => {
    const message = catchError(text).message;
    if (typeof expected === 'string') expect(message).toContain(expected);
    else expect(message).toMatch(expected);
  });
});
