// Deadline rules (R20–R25), one file per rule, and the status of an item against its due date.
export * from './types';
export { DeadlineRuleError } from './errors';
export { dueDateFor } from './due-date-for';
export { deadlineStatus, type DeadlineState, type DeadlineStatus, type DeadlineStatusInput } from './deadline-status';
export { R20_FILE_TYPES, R20_WORKING_DAYS, isR20FileType, r20Due } from './r20-normative-document';
export { R21_WORKING_DAYS, r21Due } from './r21-guide-change';
export { R22_WORKING_DAYS, r22Due, type R22Start } from './r22-other-information';
export { R23_WORKING_DAYS, r23Due } from './r23-citizen-message';
export { R24_WORKING_DAYS, R24_MAX_EXTENSION_DAYS, R24_CONSULTATION_REASON, r24Due, type R24DueDate } from './r24-disclosure-request';
export { R25_MONTHS, r25ImplementationPlanDue, r25ProgressReportDue } from './r25-implementation-plan';
