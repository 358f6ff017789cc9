// Shared shapes of the deadline rules (R20–R25).
import type { PauseRange } from '../calendar/types';

export type RuleId = 'R20' | 'R21' | 'R22' | 'R23' | 'R24' | 'R25';

export interface DueDate {
  rule: RuleId;
  /** Last day ('YYYY-MM-DD') on which the action is on time. */
  due: string;
  /** True when the count crossed a year without a loaded holiday schedule. */
  provisional: boolean;
  /** Years an administrator should load to make `due` final. */
  missingYears: number[];
  /** How the date was obtained, e.g. '签发日期 2018-06-29 + 3 个工作日'. */
  basis: string;
}

/** 公开方式 (R1). Only 主动公开 items have a publication deadline. */
export type DisclosureMode = '主动公开' | '依申请公开' | '不予公开';

/** A notice (R1): R20 when 行政规范性文件 / 重大行政决策, otherwise R22. */
export interface NoticeItem {
  kind: 'notice';
  /** 文件类型, e.g. '行政规范性文件', '工作通知'. */
  fileType?: string | null;
  /** 签发日期 (R20). */
  signedOn?: string | null;
  /** 成文日期 — the date the notice was formed (R22). */
  writtenOn?: string | null;
  /** Date of the latest change, when the notice was changed (R22). */
  changedOn?: string | null;
  disclosure?: DisclosureMode | null;
}

/** A changed 办事指南 (R4, R21). */
export interface GuideChangeItem {
  kind: 'guide-change';
  /** Date the change was approved. */
  approvedOn: string;
  /** 具体实施时间 — required by R21. */
  effectiveOn?: string | null;
}

/** Any other proactively disclosed information (R22), e.g. a 政策解读. */
export interface InformationItem {
  kind: 'information';
  /** Date the information was formed. */
  formedOn: string;
  /** Date of the latest change, if any; the clock restarts from it. */
  changedOn?: string | null;
  disclosure?: DisclosureMode | null;
}

/** A unit's implementation plan of a work plan (R25). */
export interface ImplementationPlanItem {
  kind: 'implementation-plan';
  /** Issue date of the work plan being implemented. */
  workPlanIssuedOn: string;
}

/** A unit's yearly progress report (落实情况, R2, R25). */
export interface ProgressReportItem {
  kind: 'progress-report';
  year: number;
}

/** 网民留言 (R23). */
export type MessageType = 'consultation' | 'suggestion' | 'complaint';

export interface CitizenMessageItem {
  kind: 'message';
  messageType: MessageType;
  receivedOn: string;
  /**
   * 'answer' (default): the answer — for a complaint, the first answer.
   * 'result': a complaint's result; for consultations and suggestions the answer is the result.
   */
  stage?: 'answer' | 'result';
}

/** 依申请公开 request (R24). */
export interface DisclosureRequestItem {
  kind: 'request';
  /** Date the request was received (条例 第三十一条). */
  receivedOn: string;
  /** The single extension allowed: at most 20 working days, approved within the original period. */
  extension?: { days: number; approvedOn: string } | null;
  /** Third-party consultations (条例 第三十二条): inclusive date ranges not counted. */
  consultations?: Array<{ from: string; to: string }> | null;
}

export type DeadlineItem =
  | NoticeItem
  | GuideChangeItem
  | InformationItem
  | ImplementationPlanItem
  | ProgressReportItem
  | CitizenMessageItem
  | DisclosureRequestItem;

export type { PauseRange };
