// One entry point from an item to its deadline; each rule lives in its own r2x-*.ts file.
import type { WorkingCalendar } from '../calendar/working-calendar';
import { DeadlineRuleError } from './errors';
import { isR20FileType, r20Due } from './r20-normative-document';
import { r21Due } from './r21-guide-change';
import { r22Due } from './r22-other-information';
import { r23Due } from './r23-citizen-message';
import { r24Due } from './r24-disclosure-request';
import { r25ImplementationPlanDue, r25ProgressReportDue } from './r25-implementation-plan';
import type { DeadlineItem, DisclosureMode, DueDate, NoticeItem } from './types';

function isProactive(mode: DisclosureMode | null | undefined): boolean {
  return mode === undefined || mode === null || mode === '主动公开';
}

function noticeDue(notice: NoticeItem, calendar: WorkingCalendar): DueDate {
  if (isR20FileType(notice.fileType)) return r20Due(notice, calendar);
  // R22 for other notices: formed on the 成文日期; falling back to the 签发日期, which is
  // what 成文日期 records for a notice signed by the head of the issuing body.
  const written = notice.writtenOn !== undefined && notice.writtenOn !== null && notice.writtenOn !== '';
  return r22Due(
    written
      ? { formedOn: notice.writtenOn, formedLabel: '成文日期', formedField: 'writtenOn', changedOn: notice.changedOn }
      : { formedOn: notice.signedOn, formedLabel: '成文日期（或签发日期）', formedField: 'writtenOn', changedOn: notice.changedOn },
    calendar,
  );
}

/**
 * The deadline of an item: R20 (normative notice), R21 (guide change), R22 (other
 * proactively disclosed information), R23 (citizen message), R24 (disclosure request),
 * R25 (implementation plan, progress report). Null when the item has no publication
 * deadline (公开方式 依申请公开 / 不予公开). Throws DeadlineRuleError when a date the rule
 * needs is missing or invalid.
 */
export function dueDateFor(item: DeadlineItem, calendar: WorkingCalendar): DueDate | null {
  switch (item.kind) {
    case 'notice':
      return isProactive(item.disclosure) ? noticeDue(item, calendar) : null;
    case 'guide-change':
      return r21Due(item, calendar);
    case 'information':
      return isProactive(item.disclosure)
        ? r22Due({ formedOn: item.formedOn, formedLabel: '形成日期', formedField: 'formedOn', changedOn: item.changedOn }, calendar)
        : null;
    case 'message':
      return r23Due(item, calendar);
    case 'request':
      return r24Due(item, calendar);
    case 'implementation-plan':
      return r25ImplementationPlanDue(item, calendar);
    case 'progress-report':
      return r25ProgressReportDue(item);
    default: {
      const kind = (item as { kind?: unknown }).kind;
      throw new DeadlineRuleError('R22', 'kind', `未知的事项类型 ${String(kind)}，无法确定期限规则`);
    }
  }
}
