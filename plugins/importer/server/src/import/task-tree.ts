// Parsed tasks → the rows of a task table (R2): part (一、) → section (（一）) → task (1.),
// in document order. The parser gives each task the headings above it (`path`); a
// heading becomes a row of its own the first time it appears, and its children point
// to it. The headings' numbers become labels, their text the title.
import { parseMarker } from '../parser/numbering';
import type { ParsedTask } from '../parser';

export type TaskLevel = 'part' | 'section' | 'task';

export interface TaskRow {
  /** Index of the parent row in the returned list, or null at the top. */
  parent: number | null;
  level: TaskLevel;
  /** The number as written: "一、", "（一）", "1.". */
  label: string | null;
  title: string;
  requirement: string | null;
  /** Unit names as written (matched to units by the caller, R5). */
  leadUnits: string[];
  responsibleUnits: string[];
  /** The assignment as text, group names included ("牵头单位：…；责任单位：…"). */
  unitsText: string | null;
  deadlineText: string | null;
  deadline: string | null;
  /** Position in the table, from 1. */
  order: number;
}

/** "一、着力加强公开解读回应工作" → label "一、", title "着力加强公开解读回应工作". */
export function splitHeading(heading: string): { label: string | null; title: string } {
  const m = parseMarker(heading.trim());
  return m && m.rest ? { label: m.marker, title: m.rest } : { label: null, title: heading.trim() };
}

/** The assignment of a task as one line of text: keeps what units cannot hold (groups). */
export function unitsText(lead: string[], responsible: string[]): string | null {
  const parts: string[] = [];
  if (lead.length) parts.push(`牵头单位：${lead.join('、')}`);
  if (responsible.length) parts.push(`责任单位：${responsible.join('、')}`);
  return parts.length ? parts.join('；') : null;
}

export function taskRows(tasks: ParsedTask[]): TaskRow[] {
  const rows: TaskRow[] = [];
  const headingRow = new Map<string, number>();
  const push = (row: Omit<TaskRow, 'order'>) => rows.push({ ...row, order: rows.length + 1 }) - 1;

  for (const t of tasks) {
    let parent: number | null = null;
    t.path.forEach((heading, depth) => {
      const key = JSON.stringify(t.path.slice(0, depth + 1));
      let index = headingRow.get(key);
      if (index === undefined) {
        const { label, title } = splitHeading(heading);
        index = push({
          parent,
          level: depth === 0 ? 'part' : 'section',
          label,
          title,
          requirement: null,
          leadUnits: [],
          responsibleUnits: [],
          unitsText: null,
          deadlineText: null,
          deadline: null,
        });
        headingRow.set(key, index);
      }
      parent = index;
    });
    push({
      parent,
      level: 'task',
      label: t.number,
      title: t.title,
      requirement: t.requirement || null,
      leadUnits: t.leadUnits,
      responsibleUnits: t.responsibleUnits,
      unitsText: unitsText(t.leadUnits, t.responsibleUnits),
      deadlineText: t.deadlineText,
      deadline: t.deadline,
    });
  }
  return rows;
}
