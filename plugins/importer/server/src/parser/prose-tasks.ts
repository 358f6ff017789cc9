// Tasks from prose work plans (R2, R41): an outline item whose text ends with a unit
// parenthetical — "（牵头单位：区发改局、区财政局；责任单位：区政府各部门…）" (`004`) or
// "（市编办牵头，市各有关部门配合）" — and the leaf sections of plans that name no units
// (the 国办 要点 forwarded in `002`). Walks the outline and emits the tasks in order.
import type { ParsedTask } from './types';
import { isNode, nodeLabel, type OutlineNode, type TaskDraft } from './outline';
import { assignmentSpans, splitTitle, withoutSpans } from './task-text';
import { parseAssignment, type Assignment } from './units';
import { findDeadline } from './deadline';

export interface EmitOptions {
  year: number | null;
  firstIsLead: boolean;
}

const NO_UNITS: Assignment = { leadUnits: [], responsibleUnits: [] };

/** All tasks of an outline, in document order, with their paths. */
export function emitTasks(root: OutlineNode, options: EmitOptions, warnings: string[]): ParsedTask[] {
  const out: ParsedTask[] = [];
  walk(root, [], NO_UNITS, options, out, warnings);
  warnRepeatedNumbers(out, warnings);
  warnMissingUnits(out, warnings);
  return out;
}

/** In a plan that names units, a task without any is worth a look (R2, R5). */
function warnMissingUnits(tasks: ParsedTask[], warnings: string[]): void {
  const none = (t: ParsedTask) => t.leadUnits.length === 0 && t.responsibleUnits.length === 0;
  if (!tasks.some((t) => !none(t))) return;
  for (const t of tasks.filter(none)) {
    warnings.push(`第 ${t.line} 行：任务“${t.title.slice(0, 20)}”未写明牵头或责任单位，请核对`);
  }
}

function ownAssignment(n: OutlineNode, options: EmitOptions): Assignment | null {
  const spans = assignmentSpans([n.heading, ...n.texts].join('\n'));
  if (spans.length !== 1) return null;
  return parseAssignment(spans[0].inner, { defaultRole: 'lead', firstIsLead: options.firstIsLead });
}

function walk(node: OutlineNode, path: string[], inherited: Assignment, options: EmitOptions, out: ParsedTask[], warnings: string[]): void {
  for (const item of node.items) {
    if (!isNode(item)) {
      out.push({ ...item.task, path });
      continue;
    }
    const child = item;
    const childPath = [...path, nodeLabel(child)];
    const hasItems = child.items.length > 0;
    if (child.selfTask) {
      if (!hasItems) out.push({ ...child.selfTask, path });
      else {
        const { title } = splitTitle(child.selfTask.requirement);
        out.push({ ...child.selfTask, path: childPath, title, number: null });
      }
    }
    if (hasItems) {
      // An item with sub-items passes its own units (if it names them) down to them.
      walk(child, childPath, ownAssignment(child, options) ?? inherited, options, out, warnings);
    } else if (!child.selfTask) {
      out.push(...leafTasks(child, path, inherited, options, warnings));
    }
  }
}

/** Tasks of an outline item without sub-items. */
function leafTasks(n: OutlineNode, path: string[], inherited: Assignment, options: EmitOptions, warnings: string[]): ParsedTask[] {
  const full = [n.heading, ...n.texts].join('\n').trim();
  const spans = assignmentSpans(full);
  // A part heading with nothing under it is not a task.
  if (n.level <= 1 && n.texts.length === 0 && spans.length === 0) return [];
  const draft = (text: string, bold: string | null, number: string | null, units: Assignment, taskPath: string[]): ParsedTask => {
    const { title, requirement } = splitTitle(text, bold);
    const dl = findDeadline(`${title}。${requirement}`, options.year) ?? { deadlineText: null, deadline: null };
    return { path: taskPath, number, title, requirement, ...units, deadlineText: dl.deadlineText, deadline: dl.deadline, line: n.line };
  };
  const unitsOf = (inner: string) => parseAssignment(inner, { defaultRole: 'lead', firstIsLead: options.firstIsLead });

  if (spans.length <= 1) {
    const units = spans.length === 1 ? unitsOf(spans[0].inner) : inherited;
    return [draft(withoutSpans(full, spans), n.bold, n.marker, units, path)];
  }
  // Several unit parentheticals in one item: one task per stretch of text before each.
  warnings.push(`第 ${n.line} 行：“${nodeLabel(n)}”含 ${spans.length} 组单位分工，已拆为 ${spans.length} 项任务，请核对`);
  const tasks: ParsedTask[] = [];
  const itemPath = [...path, nodeLabel(n)];
  let from = 0;
  spans.forEach((s, i) => {
    // A parenthetical closes its task at the end of the sentence it stands in:
    // "…监管（A牵头，B配合），9月底前公开清单；推进…（C牵头）。"
    const nextStart = i + 1 < spans.length ? spans[i + 1].start : full.length;
    const stop = /[。；;\n]/.exec(full.slice(s.end, nextStart));
    const end = i === spans.length - 1 || !stop ? nextStart : s.end + stop.index + 1;
    const text = (full.slice(from, s.start) + full.slice(s.end, end)).replace(/^[。；;\s]+/, '');
    from = end;
    tasks.push(draft(text, null, null, unitsOf(s.inner), itemPath));
  });
  return tasks;
}

/** The same number twice under one heading usually means a heading was lost in the export (`000` (三) 3.). */
function warnRepeatedNumbers(tasks: ParsedTask[], warnings: string[]): void {
  const seen = new Map<string, number>();
  for (const t of tasks) {
    if (!t.number) continue;
    const key = `${t.path.join('>')}#${t.number}`;
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push(`第 ${t.line} 行：编号“${t.number}”在“${t.path[t.path.length - 1] ?? '（顶层）'}”下重复出现（另见第 ${first} 行），可能缺少小标题，请核对`);
    } else seen.set(key, t.line);
  }
}

export type { TaskDraft };
