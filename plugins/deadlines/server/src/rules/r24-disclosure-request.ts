// R24: 依申请公开 requests (条例 第三十三条): answer within 20 working days of receipt; one
// extension of at most 20 working days, approved (经政府信息公开工作机构负责人同意) before the
// original period ends; time spent consulting a third party is not counted (第三十二条).
// Consultations are inclusive date ranges: the working days inside them are not counted.
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { PauseRange } from '../calendar/types';
import { dueAfterWorkingDays, requireDate } from './count';
import { DeadlineRuleError } from './errors';
import type { DisclosureRequestItem, DueDate } from './types';

export const R24_WORKING_DAYS = 20;
export const R24_MAX_EXTENSION_DAYS = 20;
export const R24_CONSULTATION_REASON = '征求第三方意见（不计入答复期限）';

export interface R24DueDate extends DueDate {
  /** Due date without the extension (pauses counted out). */
  originalDue: string;
  /** Working days not counted because of third-party consultation. */
  pausedWorkingDays: number;
}

function consultationPauses(request: Omit<DisclosureRequestItem, 'kind'>, receivedOn: string): PauseRange[] {
  return (request.consultations ?? []).map((c, i) => {
    const label = `第 ${i + 1} 次征求第三方意见`;
    const from = requireDate('R24', `consultations[${i}].from`, `${label}的开始日期`, c?.from);
    const to = requireDate('R24', `consultations[${i}].to`, `${label}的结束日期`, c?.to);
    if (to < from) throw new DeadlineRuleError('R24', `consultations[${i}].to`, `R24：${label}的结束日期 ${to} 早于开始日期 ${from}`);
    if (from < receivedOn) {
      throw new DeadlineRuleError('R24', `consultations[${i}].from`, `R24：${label}的开始日期 ${from} 早于收到申请的日期 ${receivedOn}`);
    }
    return { from, to, reason: R24_CONSULTATION_REASON };
  });
}

export function r24Due(request: Omit<DisclosureRequestItem, 'kind'>, calendar: WorkingCalendar): R24DueDate {
  const receivedOn = requireDate('R24', 'receivedOn', '收到申请日期', request.receivedOn);
  const pauses = consultationPauses(request, receivedOn);
  const original = dueAfterWorkingDays(calendar, 'R24', '收到申请', receivedOn, R24_WORKING_DAYS, '', { pauses });

  let extra = 0;
  let note = '';
  if (request.extension) {
    const { days } = request.extension;
    if (!Number.isInteger(days) || days < 1 || days > R24_MAX_EXTENSION_DAYS) {
      throw new DeadlineRuleError('R24', 'extension.days', `R24：延长期限 ${String(days)} 无效，只能延长 1 至 ${R24_MAX_EXTENSION_DAYS} 个工作日`);
    }
    const approvedOn = requireDate('R24', 'extension.approvedOn', '延期批准日期', request.extension.approvedOn);
    if (approvedOn < receivedOn || approvedOn > original.due.due) {
      throw new DeadlineRuleError(
        'R24',
        'extension.approvedOn',
        `R24：延期须在原答复期限内批准（${receivedOn} 至 ${original.due.due}），批准日期 ${approvedOn} 不在其中`,
      );
    }
    extra = days;
    note = `，含延长 ${days} 个工作日（${approvedOn} 批准）`;
  }

  const final = extra ? dueAfterWorkingDays(calendar, 'R24', '收到申请', receivedOn, R24_WORKING_DAYS + extra, '', { pauses }) : original;
  const paused = final.count.skipped.filter((s) => s.reason === R24_CONSULTATION_REASON).length;
  if (paused) note += `，征求第三方意见的 ${paused} 个工作日不计入`;
  return { ...final.due, basis: final.due.basis + note, originalDue: original.due.due, pausedWorkingDays: paused };
}
