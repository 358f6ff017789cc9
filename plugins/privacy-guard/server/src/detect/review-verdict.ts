// R12 × R10: what the findings mean for the 复审 step. The review gate is the
// only judge of publishability; it asks this pure function whether privacy
// findings block the step, and stores the exemption it returns in its audit
// trail. Findings block until masked, unless the reviewer records the item as
// 惩戒性公示 or 强制性信息披露 with a reason.
import { summarize } from './summary';
import type { Finding } from './types';

export const EXEMPTION_BASES = ['惩戒性公示', '强制性信息披露'] as const;
export type ExemptionBasis = (typeof EXEMPTION_BASES)[number];

export interface PrivacyExemption {
  basis: ExemptionBasis;
  /** Why this personal information must be published (kept in the audit trail). */
  reason: string;
}

/** What a reviewer submits; basis is checked here (it comes from a request body). */
export interface ExemptionRequest {
  basis: string;
  reason: string;
}

export interface PrivacyVerdict {
  blocked: boolean;
  /** Chinese message for the reviewer. */
  message: string;
  /** Summary of the findings (未发现个人信息 when none). */
  summary: string;
  /** The accepted exemption, normalised, for the audit trail. */
  exemption?: PrivacyExemption;
}

/** Minimum length of an exemption reason after trimming. */
export const MIN_REASON_LENGTH = 4;

export function privacyReviewVerdict(findings: readonly Finding[], exemption?: ExemptionRequest | null): PrivacyVerdict {
  const summary = summarize(findings);
  if (!findings.length) return { blocked: false, message: summary, summary };
  if (!exemption) {
    return {
      blocked: true,
      summary,
      message: `${summary}。请先遮盖，或由复审人员登记为惩戒性公示或强制性信息披露并说明理由。`,
    };
  }
  if (!(EXEMPTION_BASES as readonly string[]).includes(exemption.basis)) {
    return { blocked: true, summary, message: `${summary}。豁免类型只能是惩戒性公示或强制性信息披露。` };
  }
  const reason = (exemption.reason ?? '').trim();
  if (reason.length < MIN_REASON_LENGTH) {
    return { blocked: true, summary, message: `${summary}。登记为${exemption.basis}须填写理由（至少 ${MIN_REASON_LENGTH} 个字）。` };
  }
  return {
    blocked: false,
    summary,
    message: `${summary}。已登记为${exemption.basis}，理由：${reason}`,
    exemption: { basis: exemption.basis as ExemptionBasis, reason },
  };
}
