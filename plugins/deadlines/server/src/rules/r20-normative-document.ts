// R20: a 行政规范性文件 or 重大行政决策 goes public within 3 working days after 签发 (`004` (六)).
import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueAfterWorkingDays, requireDate } from './count';
import type { DueDate, NoticeItem } from './types';

export const R20_FILE_TYPES: readonly string[] = ['行政规范性文件', '重大行政决策'];
export const R20_WORKING_DAYS = 3;

/** Does R20 (rather than R22) govern a notice of this 文件类型? */
export function isR20FileType(fileType: string | null | undefined): boolean {
  return !!fileType && R20_FILE_TYPES.includes(fileType.trim());
}

export function r20Due(notice: Pick<NoticeItem, 'signedOn'>, calendar: WorkingCalendar): DueDate {
  const signedOn = requireDate('R20', 'signedOn', '签发日期', notice.signedOn);
  return dueAfterWorkingDays(calendar, 'R20', '签发日期', signedOn, R20_WORKING_DAYS).due;
}
