// Shapes of the gate's admin API (see the plugin README) and small helpers for the UI.
import { DEFAULT_GATED_TYPES } from '../../server/src/config';

// The step view is the server's own type (one definition; type-only, erased in the bundle).
import type { StepView } from '../../server/src/services/gate';
export type { StepView };

export type Step = StepView['step'];

export interface GateStatus {
  state: string;
  stateLabel: string;
  stateSince: string | null;
  waitingFor: Step | null;
  steps: StepView[];
  contentHash: string;
  publishable: boolean;
  missingStep: Step | null;
  reasons: string[];
  published: { hash: string | null; at: string | null; current: boolean } | null;
  lastVoid: { message: string } | null;
  lastRejection: { step: Step; comment: string | null; userLabel: string; at: string } | null;
}

export interface QueueItem {
  uid: string;
  documentId: string;
  title: string | null;
  step: Step;
  stepLabel: string;
  waitingSince: string;
  waitingDays: number;
  waitingWorkingDays: number | null;
}

/** The gated types as configured by default (config/plugins.ts uses the same list). */
export const GATED_TYPES: readonly string[] = DEFAULT_GATED_TYPES;

export const TYPE_LABELS: Record<string, string> = {
  'api::notice.notice': '通知文件',
  'api::policy-interpretation.policy-interpretation': '政策解读',
  'api::guide.guide': '办事指南',
};

export const STEP_LABELS: Record<Step, string> = { first: '初审', second: '复审', final: '终审' };

export const base = (uid: string, documentId: string) => `${encodeURIComponent(uid)}/${documentId}`;

/** The Chinese reason the server gave, or a generic one. */
export function reasonOf(err: any): string {
  return err?.response?.data?.error?.message ?? err?.message ?? '操作失败';
}

export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
