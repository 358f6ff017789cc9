// Title and requirement of a task from its text (R2 工作任务 / 具体要求), and the
// unit parentheticals inside prose: "…推进信息公开工作。（牵头单位：区发改局；责任单位：…）".
import { isAssignmentText } from './units';

const MAX_TITLE = 60;

/**
 * Split a task's text into a title (its heading: the first sentence, or the given bold
 * run) and the requirement (the rest). A first sentence longer than 60 characters is
 * shortened at a comma for the title and the requirement keeps the whole text.
 */
export function splitTitle(text: string, bold?: string | null): { title: string; requirement: string } {
  const t = text.trim();
  if (bold) {
    const b = bold.trim();
    const title = b.replace(/[。；;.\s]+$/, '');
    const rest = t.startsWith(b) ? t.slice(b.length) : t.startsWith(title) ? t.slice(title.length).replace(/^[。；;]/, '') : t;
    return { title, requirement: rest.trim() };
  }
  const m = /[。！？；;!?\n]/.exec(t);
  const first = (m ? t.slice(0, m.index) : t).trim();
  const rest = m ? t.slice(m.index + 1).trim() : '';
  if (first.length <= MAX_TITLE) return { title: first, requirement: rest };
  const comma = first.lastIndexOf('，', MAX_TITLE);
  const short = comma >= 8 ? first.slice(0, comma) : `${first.slice(0, MAX_TITLE - 1)}…`;
  return { title: short, requirement: t };
}

export interface Span {
  start: number;
  end: number;
  inner: string;
}

/** Top-level parentheticals （…） / (…) (mixed pairs allowed: "（…)") that assign units. */
export function assignmentSpans(text: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = text.slice(start + 1, i);
        if (isAssignmentText(inner)) spans.push({ start, end: i + 1, inner });
      }
    }
  }
  return spans;
}

/** Remove spans from a text and tidy the punctuation left behind. */
export function withoutSpans(text: string, spans: Span[]): string {
  let out = '';
  let from = 0;
  for (const s of spans) {
    out += text.slice(from, s.start);
    from = s.end;
  }
  out += text.slice(from);
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').replace(/^[。；;\s]+/, '').trim();
}
