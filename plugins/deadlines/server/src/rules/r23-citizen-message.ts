// R23: citizen messages (网民留言). Consultations and suggestions are answered within 2
// working days; complaints get a first answer within 2 and a result within 5 working days,
// all counted from receipt (`000` (五)4, `001` 21: accept → forward → answer).
import type { WorkingCalendar } from '../calendar/working-calendar';
import { dueAfterWorkingDays, requireDate } from './count';
import { DeadlineRuleError } from './errors';
import type { CitizenMessageItem, DueDate, MessageType } from './types';

/** Working days per message type and stage; for consultations and suggestions the answer is the result. */
export const R23_WORKING_DAYS: Record<MessageType, { answer: number; result: number }> = {
  consultation: { answer: 2, result: 2 },
  suggestion: { answer: 2, result: 2 },
  complaint: { answer: 2, result: 5 },
};

const TYPE_LABELS: Record<MessageType, string> = { consultation: '咨询', suggestion: '建议', complaint: '投诉' };

export function r23Due(message: Omit<CitizenMessageItem, 'kind'>, calendar: WorkingCalendar): DueDate {
  const days = R23_WORKING_DAYS[message.messageType];
  if (!days) {
    throw new DeadlineRuleError('R23', 'messageType', `R23：留言类型 ${String(message.messageType)} 无效（应为 consultation、suggestion 或 complaint）`);
  }
  const stage = message.stage ?? 'answer';
  if (stage !== 'answer' && stage !== 'result') {
    throw new DeadlineRuleError('R23', 'stage', `R23：办理阶段 ${String(stage)} 无效（应为 answer 或 result）`);
  }
  const receivedOn = requireDate('R23', 'receivedOn', '留言收到日期', message.receivedOn);
  const what =
    message.messageType === 'complaint' ? (stage === 'answer' ? '投诉首次答复' : '投诉办理结果') : `${TYPE_LABELS[message.messageType]}答复`;
  return dueAfterWorkingDays(calendar, 'R23', '收到留言', receivedOn, days[stage], `（${what}）`).due;
}
