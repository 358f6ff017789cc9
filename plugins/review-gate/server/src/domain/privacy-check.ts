// R12 at 复审: personal information found in the draft blocks the step unless the
// reviewer records that the item is a 惩戒性公示 or 强制性信息披露, with a reason. The
// scanner and the rule (which exemptions count, what a reason needs) belong to the
// privacy-guard plugin, so the rule lives in one place; without that plugin the check is
// a no-op.

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
  if (!scanner?.scanDocument || !scanner.reviewVerdict) return { verdict: null, outcome: { checked: false, findings: 0, summary: null, exemption: null } };
  const findings = findingsOf(await scanner.scanDocument(uid, draft));
  const verdict = await scanner.reviewVerdict(findings, exemption);
  return {
    verdict,
    outcome: { checked: true, findings: findings.length, summary: verdict.summary ?? null, exemption: verdict.blocked ? null : verdict.exemption ?? null },
  };
}
