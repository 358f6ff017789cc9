// The bundled holiday snapshot (R20 note): generated from chinese-days' data file, valid,
// and matching the State Council notices for the years the seeds are about.
import { readFileSync } from 'node:fs';
import { buildSnapshotText, SNAPSHOT_PATH } from '../../../../scripts/extract-chinese-days';
import { validateYearSchedule } from '../import/validate-year';
import { BUNDLED_CALENDAR, BUNDLED_SOURCE } from './snapshot';
import { chineseName, extractChineseDays, formatSnapshot } from './extract';

describe('bundled chinese-days snapshot', () => {
  it('is what the installed chinese-days package produces (re-run scripts/extract-chinese-days.ts when this fails)', () => {
    expect(readFileSync(SNAPSHOT_PATH, 'utf8')).toBe(buildSnapshotText());
    const { version } = JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8'));
    expect(BUNDLED_SOURCE).toBe(`chinese-days@${version} dist/chinese-days.json`);
  });

  it('passes the same validation as an administrator import, with no warnings', () => {
    for (const [year, data] of Object.entries(BUNDLED_CALENDAR)) {
      const v = validateYearSchedule(Number(year), data.holidays, data.makeupWorkdays);
      expect(v.warnings).toEqual([]);
      expect(v.holidays).toEqual(data.holidays);
      expect(v.makeupWorkdays).toEqual(data.makeupWorkdays);
    }
  });

  it('matches the 2019 notice (国办发明电〔2018〕15号, 劳动节 as adjusted in March 2019)', () => {
    expect(BUNDLED_CALENDAR[2019].makeupWorkdays.map((d) => d.date)).toEqual([
      '2019-02-02', '2019-02-03', '2019-04-28', '2019-05-05', '2019-09-29', '2019-10-12',
    ]);
    expect(BUNDLED_CALENDAR[2019].holidays.filter((d) => d.name === '劳动节').map((d) => d.date)).toEqual([
      '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04',
    ]);
    // The 2019 元旦 days falling in 2018 are filed under 2018, by the date's own year.
    expect(BUNDLED_CALENDAR[2018].holidays.slice(-2)).toEqual([
      { date: '2018-12-30', name: '元旦' },
      { date: '2018-12-31', name: '元旦' },
    ]);
    expect(BUNDLED_CALENDAR[2018].makeupWorkdays.map((d) => d.date)).toEqual([
      '2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30', '2018-12-29',
    ]);
  });

  it('extracts names, years and order from the raw shape', () => {
    expect(chineseName('Tomb-sweeping Day,清明,1')).toBe('清明节');
    expect(chineseName('National Day,国庆节,3')).toBe('国庆节');
    const data = extractChineseDays({
      holidays: { '2031-01-02': 'x,元旦,1', '2030-12-31': "New Year's Day,元旦,1" },
      workdays: { '2030-12-28': 'x,元旦,1' },
      inLieuDays: { '2031-01-02': 'x,元旦,1' },
    });
    expect(data).toEqual({
      2030: { holidays: [{ date: '2030-12-31', name: '元旦' }], makeupWorkdays: [{ date: '2030-12-28', name: '元旦' }] },
      2031: { holidays: [{ date: '2031-01-02', name: '元旦' }], makeupWorkdays: [] },
    });
    expect(JSON.parse(formatSnapshot({ source: 's', years: data }))).toEqual({ source: 's', years: JSON.parse(JSON.stringify(data)) });
  });
});
