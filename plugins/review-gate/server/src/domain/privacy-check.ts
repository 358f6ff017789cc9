// R12 at 复审: personal information found in the draft blocks the step unless the
// reviewer records that the item is a 惩戒性公示 or 强制性信息披露, with a reason. The
// scanner belongs to the privacy-guard plugin; when it is absent the check is a no-op.
// When that plugin offers its own verdict (reviewVerdict), its rule is used, so the
// rule lives in one place; this fallback applies the same rule in its simplest form.

export const EXEMPTION_BASES = ['惩戒性公示', '强制性信息披露'] as const;

export interface Exemption {
  basis: string;
  reason: string;
}

export interface PrivacyScanner {
  scanDocument?: (uid: string, draft: any) => Promise<unknown> | unknown;
  reviewVerdict?: (findings: any[], exemption?: Exemption | null) => Promise<PrivacyVerdict> | PrivacyVerdict;
}

export interface PrivacyVerdict {
  blocked: boolean;
  message: string;
  summary?: string;
  exemption?: Exemption | null;
}

/** The request's exemption, accepting `kind` (the gate's API) or `basis` (privacy-guard's). */
export function exemptionFrom(body: any): Exemption | null {
  const e = body?.exemption;
  if (!e || typeof e !== 'object') return null;
  const basis = typeof e.kind === 'string' ? e.kind : typeof e.basis === 'string' ? e.basis : '';
  return { basis, reason: typeof e.reason === 'string' ? e.reason : '' };
}

function findingsOf(raw: unknown): any[] {
  if (Array.isArray(raw)) return raw;
  const f = (raw as any)?.findings;
  return Array.isArray(f) ? f : [];
}

function fallbackVerdict(findings: any[], exemption: Exemption | null): PrivacyVerdict {
  const kinds = [...new Set(findings.map((f) => f?.label ?? f?.kind ?? f?.type).filter(Boolean))];
  const summary = `发现 ${findings.length} 处个人信息${kinds.length ? `（${kinds.join('、')}）` : ''}`;
  if (!findings.length) return { blocked: false, message: '未发现个人信息', summary: '未发现个人信息' };
  if (!exemption) return { blocked: true, summary, message: `${summary}，复审不能通过：请先去标识化，或登记为惩戒性公示或强制性信息披露并说明理由（R12）` };
  if (!(EXEMPTION_BASES as readonly string[]).includes(exemption.basis)) {
    return { blocked: true, summary, message: `${summary}，豁免类型只能是惩戒性公示或强制性信息披露（R12）` };
  }
  const reason = exemption.reason.trim();
  if (!reason) return { blocked: true, summary, message: `${summary}，登记为${exemption.basis}须填写理由（R12）` };
  return { blocked: false, summary, message: `${summary}，已登记为${exemption.basis}：${reason}`, exemption: { basis: exemption.basis, reason } };
}

export interface PrivacyOutcome {
  checked: boolean;
  findings: number;
  summary: string | null;
  exemption: Exemption | null;
}

/** Scan and judge; throws nothing — returns the verdict for the caller to act on. */
export async function privacyVerdict(
  scanner: PrivacyScanner | null,
  uid: string,
  draft: any,
  exemption: Exemption | null,
): Promise<{ verdict: PrivacyVerdict | null; outcome: PrivacyOutcome }> {
  if (!scanner?.scanDocument) return { verdict: null, outcome: { checked: false, findings: 0, summary: null, exemption: null } };
  const findings = findingsOf(await scanner.scanDocument(uid, draft));
  const verdict = scanner.reviewVerdict ? await scanner.reviewVerdict(findings, exemption) : fallbackVerdict(findings, exemption);
  return {
    verdict,
    outcome: { checked: true, findings: findings.length, summary: verdict.summary ?? null, exemption: verdict.blocked ? null : verdict.exemption ?? null },
  };
}
