// Which publication meets a due date, and the status shown (R20: record on-time or late).
import { WorkingCalendar } from '../calendar/working-calendar';
import { dueDateFor } from '../rules/due-date-for';
import type { DueDate } from '../rules/types';
import { missingYearsWarning, resolveStatus, type Publication } from './item-status';

const cal = new WorkingCalendar();
const r20 = (signedOn: string): DueDate => dueDateFor({ kind: 'notice', fileType: '行政规范性文件', signedOn }, cal)!;
const pub = (publishedOn: string, due: string, source: Publication['source'] = 'record', rule: Publication['rule'] = 'R20'): Publication => ({
  rule,
  due,
  publishedOn,
  publishedTime: `${publishedOn}T02:00:00.000Z`,
  source,
});

describe('resolveStatus', () => {
  const due = r20('2018-09-28'); // 2018-10-08

  it('pending: counts against today', () => {
    expect(resolveStatus({ due, publications: [], today: '2018-10-03', calendar: cal })).toMatchObject({
      due: '2018-10-08',
      state: 'on-time',
      workingDays: 1,
      publication: null,
      warning: null,
    });
    expect(resolveStatus({ due, publications: [], today: '2018-10-10', calendar: cal })).toMatchObject({ state: 'overdue', workingDays: 2 });
  });

  it('the first publication under the same due date decides, not a later re-publication', () => {
    const s = resolveStatus({ due, publications: [pub('2018-10-12', '2018-10-08'), pub('2018-10-05', '2018-10-08')], today: '2019-01-01', calendar: cal });
    expect(s).toMatchObject({ state: 'published-on-time', publication: { publishedOn: '2018-10-05' } });
  });

  it('a publication under another due date (or rule) does not meet this one', () => {
    const s = resolveStatus({ due, publications: [pub('2018-10-05', '2018-10-01'), pub('2018-10-05', '2018-10-08', 'record', 'R22')], today: '2018-10-09', calendar: cal });
    expect(s).toMatchObject({ state: 'overdue', workingDays: 1, publication: null });
  });

  it('a record wins over the published version; the published version counts when there is no record', () => {
    const both = resolveStatus({ due, publications: [pub('2018-10-04', '2018-10-08', 'published-version'), pub('2018-10-09', '2018-10-08')], today: '2019-01-01', calendar: cal });
    expect(both).toMatchObject({ state: 'published-late', workingDays: 1, publication: { source: 'record' } });
    const legacy = resolveStatus({ due, publications: [pub('2018-10-04', '2018-10-08', 'published-version')], today: '2019-01-01', calendar: cal });
    expect(legacy).toMatchObject({ state: 'published-on-time', publication: { source: 'published-version' } });
  });

  it('is provisional, with a warning naming the year, when the count runs into an unloaded year', () => {
    const late = r20('2026-12-30');
    const s = resolveStatus({ due: late, publications: [], today: '2026-12-31', calendar: cal });
    expect(s.provisional).toBe(true);
    expect(s.missingYears).toEqual([2027]);
    expect(s.warning).toContain('2027 年的节假日安排尚未载入');
    expect(missingYearsWarning([])).toBeNull();
  });
});
