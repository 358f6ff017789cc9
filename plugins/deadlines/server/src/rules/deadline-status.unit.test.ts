// Status against a due date (R20: show the due date, flag overdue items, record on-time or late).
import { WorkingCalendar } from '../calendar/working-calendar';
import { deadlineStatus } from './deadline-status';
import { dueDateFor } from './due-date-for';

const cal = new WorkingCalendar();

describe('deadlineStatus', () => {
  // R21 change approved 2024-02-08: due Friday 2024-02-09, the last day before 春节 (02-10…17 off, 02-18 worked).
  const due = dueDateFor({ kind: 'guide-change', approvedOn: '2024-02-08', effectiveOn: '2024-03-01' }, cal)!;

  it('before the due day: working days left', () => {
    expect(deadlineStatus({ due: '2018-10-08', today: '2018-09-28' }, cal)).toEqual({
      state: 'on-time',
      due: '2018-10-08',
      workingDays: 3,
      label: '未到期，还剩 3 个工作日（2018-10-08 截止）',
      provisional: false,
    });
    expect(deadlineStatus({ due: '2018-10-08', today: '2018-10-03' }, cal)).toMatchObject({ state: 'on-time', workingDays: 1 });
  });

  it('on the due day', () => {
    expect(deadlineStatus({ due, today: '2024-02-09' }, cal)).toEqual({
      state: 'due-today',
      due: '2024-02-09',
      workingDays: 0,
      label: '今日到期',
      provisional: false,
    });
  });

  it('overdue, counted in working days through a long holiday', () => {
    expect(deadlineStatus({ due, today: '2024-02-12' }, cal)).toMatchObject({ state: 'overdue', workingDays: 0, label: '已逾期（不足 1 个工作日）' });
    expect(deadlineStatus({ due, today: '2024-02-18' }, cal)).toMatchObject({ state: 'overdue', workingDays: 1, label: '已逾期 1 个工作日' });
    expect(deadlineStatus({ due, today: '2024-02-19' }, cal)).toMatchObject({ state: 'overdue', workingDays: 2, label: '已逾期 2 个工作日' });
  });

  it('published on time or late', () => {
    expect(deadlineStatus({ due, publishedOn: '2024-02-08', today: '2024-03-01' }, cal)).toEqual({
      state: 'published-on-time',
      due: '2024-02-09',
      workingDays: 1,
      label: '按时公开',
      provisional: false,
    });
    expect(deadlineStatus({ due, publishedOn: '2024-02-09', today: '2024-03-01' }, cal)).toMatchObject({ state: 'published-on-time', workingDays: 0 });
    expect(deadlineStatus({ due, publishedOn: '2024-02-12', today: '2024-03-01' }, cal)).toMatchObject({
      state: 'published-late',
      workingDays: 0,
      label: '逾期公开（不足 1 个工作日）',
    });
    expect(deadlineStatus({ due, publishedOn: '2024-02-20', today: '2024-03-01' }, cal)).toMatchObject({
      state: 'published-late',
      workingDays: 3,
      label: '逾期 3 个工作日公开',
    });
  });

  it('is provisional when the due date or the count depends on an unloaded year', () => {
    const provisionalDue = dueDateFor({ kind: 'notice', fileType: '行政规范性文件', signedOn: '2026-12-30' }, cal)!;
    expect(deadlineStatus({ due: provisionalDue, today: '2026-12-31' }, cal)).toMatchObject({ state: 'on-time', provisional: true });
    // 2027 is not loaded: 01-01 (a Friday) is guessed as a working day, so 01-01, 01-04, 01-05 — provisional.
    expect(deadlineStatus({ due: '2026-12-31', today: '2027-01-05' }, cal)).toMatchObject({ state: 'overdue', workingDays: 3, provisional: true });
    expect(deadlineStatus({ due: '2026-12-30', today: '2026-12-31' }, cal)).toMatchObject({ state: 'overdue', workingDays: 1, provisional: false });
  });

  it('rejects invalid dates', () => {
    expect(() => deadlineStatus({ due: '2024-02-30', today: '2024-02-01' }, cal)).toThrow('截止日期 2024-02-30 无效');
    expect(() => deadlineStatus({ due: '2024-02-09', today: '' }, cal)).toThrow('当前日期  无效');
    expect(() => deadlineStatus({ due: '2024-02-09', publishedOn: '2024-13-01', today: '2024-02-01' }, cal)).toThrow('公开日期 2024-13-01 无效');
  });
});
