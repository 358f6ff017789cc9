// The content types whose publication has a deadline (R20–R22, R25). Shared by the server
// and the admin panel (list column, edit-view panel), so the list lives here once.

export const NOTICE = 'api::notice.notice';
export const INTERPRETATION = 'api::policy-interpretation.policy-interpretation';
export const GUIDE = 'api::guide.guide';
export const PROGRESS_REPORT = 'api::progress-report.progress-report';

/** Notices, interpretations and guides (gated by 三审, R10) and progress reports (R25). */
export const TRACKED_TYPES = [NOTICE, INTERPRETATION, GUIDE, PROGRESS_REPORT] as const;

export type TrackedType = (typeof TRACKED_TYPES)[number];

export const TYPE_LABELS: Record<TrackedType, string> = {
  [NOTICE]: '通知文件',
  [INTERPRETATION]: '政策解读',
  [GUIDE]: '办事指南',
  [PROGRESS_REPORT]: '落实情况',
};

export function isTrackedType(uid: unknown): uid is TrackedType {
  return typeof uid === 'string' && (TRACKED_TYPES as readonly string[]).includes(uid);
}
