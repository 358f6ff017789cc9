// R12: the gate-facing summary, in Chinese, e.g.
//   发现 2 处个人信息：身份证号 1 处，手机号 1 处
import { FINDING_KINDS, KIND_LABELS, type Finding } from './types';

export function summarize(findings: readonly Pick<Finding, 'kind'>[]): string {
  if (!findings.length) return '未发现个人信息';
  const parts = FINDING_KINDS.map((k) => [k, findings.filter((f) => f.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${KIND_LABELS[k]} ${n} 处`);
  return `发现 ${findings.length} 处个人信息：${parts.join('，')}`;
}
