// R12: e-mail addresses. Every address is a finding — government mailboxes
// are often on public providers (xxgk@163.com), and staff have personal
// addresses on gov.cn — unless the editor marks it as an official contact
// (ScanOptions.officialNumbers). A hint is attached when the label or the
// gov.cn domain suggests an office mailbox.
import { officialHint } from './context';
import type { Candidate } from './spans';

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;

export function findEmails(norm: string): Candidate[] {
  return [...norm.matchAll(EMAIL)].map((m) => ({
    kind: 'email' as const,
    start: m.index!,
    end: m.index! + m[0].length,
    reason: officialHint(norm, m.index!, 'email', m[1]),
  }));
}
