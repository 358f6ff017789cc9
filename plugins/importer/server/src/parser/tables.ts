// Task tables (任务分解表, R2) as exported from Word/WPS: tab-separated rows with `<p>`
// cells (`000`), numbered rows with 牵头单位 / 责任单位 columns (`001`), markdown pipe
// tables. Columns are known from the header row; a row whose cells are out of order is
// aligned by what its cells hold, and a row that cannot be aligned is an error (R41).
import { LineError } from './errors';
import { cellParagraphs } from './lines';
import { parseMarker, type Marker } from './numbering';
import { parensBalanced, squeezeSpaces, stripHtml, stripMarkdownInline } from './text';
import { looksLikeUnitCell, parseAssignment, type Assignment, type UnitRole } from './units';
import { findDeadline, parseDeadline } from './deadline';
import { splitTitle } from './task-text';
import type { ParsedTask } from './types';

export type ColumnRole = 'number' | 'title' | 'requirement' | 'lead' | 'responsible' | 'deadline' | 'note' | 'unknown';

const ROLE_OF_HEADER: [RegExp, ColumnRole][] = [
  [/^(?:序号|编号|序)$/, 'number'],
  [/牵头|主办|主责/, 'lead'],
  [/时限|时间|进度|节点|期限/, 'deadline'],
  [/备注|说明/, 'note'],
  [/单位|部门|主体|责任人|负责/, 'responsible'],
  [/要求|措施|内容|目标|举措|标准/, 'requirement'],
  [/任务|事项|项目|名称|工作/, 'title'],
];

export interface TableState {
  roles: ColumnRole[];
  headers: string[];
  line: number;
  /** "排在第一位的为牵头单位". */
  firstIsLead: boolean;
  /** Units of the previous row (a merged cell leaves the next rows empty). */
  lastUnits: Assignment | null;
}

function headerText(cell: string): string {
  return squeezeSpaces(stripMarkdownInline(stripHtml(cell))).replace(/\s+/g, '');
}

/** The table's columns when this row is a header row ("工作任务\t具体要求\t责任单位"), else null. */
export function readHeaderRow(cells: string[], line: number, docFirstIsLead: boolean): TableState | null {
  const headers = cells.map(headerText);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (headers.length < 2) return null;
  if (headers.some((h) => h.length > 24 || /[。；]/.test(h) || parseMarker(h))) return null;
  const roles = headers.map((h) => {
    const bare = h.replace(/[（(].*?[)）]/g, '');
    for (const [re, role] of ROLE_OF_HEADER) if (re.test(bare)) return role;
    return 'unknown' as ColumnRole;
  });
  if (roles.filter((r) => r !== 'unknown' && r !== 'note').length < 2) return null;
  if (!roles.some((r) => r === 'title' || r === 'requirement')) return null;
  const firstIsLead = docFirstIsLead || headers.some((h) => /(?:第一|首)位.{0,4}牵头/.test(h));
  return { roles, headers, line, firstIsLead, lastUnits: null };
}

// 'units': clearly a unit cell (a role word such as 负责, labels, or several unit names);
// 'unit1': a single name that looks like a unit ("区审改办") — could also be a short title.
type CellKind = 'empty' | 'heading' | 'numbered' | 'units' | 'unit1' | 'prose';

function kindOf(cell: string): CellKind {
  const paras = cellParagraphs(cell);
  if (paras.length === 0) return 'empty';
  const first = squeezeSpaces(paras[0]);
  const m = parseMarker(first);
  if (m && m.level <= 2) return 'heading';
  if (m) return 'numbered';
  if (looksLikeUnitCell(cell)) {
    const text = squeezeSpaces(paras.join('，'));
    const strong = paras.length > 1 || /[、，,；;]|负责|牵头|配合|参与|协办|协助|落实|[：:]/.test(text);
    return strong ? 'units' : 'unit1';
  }
  return 'prose';
}

/** How well a cell of a kind fits a column (0 = not at all). */
function fit(kind: CellKind, role: ColumnRole, cell: string): number {
  if (kind === 'empty') return 1;
  switch (role) {
    case 'title':
      return kind === 'heading' ? 3 : kind === 'numbered' ? (/[。；]/.test(cell) ? 1 : 3) : kind === 'prose' || kind === 'unit1' ? 1 : 0;
    case 'requirement':
      return kind === 'numbered' ? (/[。；]/.test(cell) ? 3 : 1) : kind === 'prose' ? 3 : kind === 'heading' || kind === 'unit1' ? 1 : 0;
    case 'lead':
    case 'responsible':
      return kind === 'units' || kind === 'unit1' ? 3 : 0;
    case 'number':
      return /^\s*\d{1,4}\s*[.、]?\s*$/.test(stripHtml(cell)) ? 3 : 0;
    default:
      return 1;
  }
}

/** Put each cell in a column: as written when that fits, else by content (all-or-nothing). */
function alignCells(table: TableState, cells: string[], line: number, warnings: string[]): (string | null)[] {
  const m = table.roles.length;
  const trimmed = [...cells];
  while (trimmed.length > m && trimmed[trimmed.length - 1].trim() === '') trimmed.pop();
  if (trimmed.length > m) {
    throw new LineError(line, `无法对齐任务表的列（期望 ${m} 列，实际 ${trimmed.length} 列）`);
  }
  const kinds = trimmed.map(kindOf);
  const positional = trimmed.every((c, i) => fit(kinds[i], table.roles[i], c) > 0);
  if (positional) return table.roles.map((_, i) => trimmed[i] ?? null);

  // Content-based: try every way of putting the non-empty cells in distinct columns.
  const filled = trimmed.map((c, i) => ({ c, i, kind: kinds[i] })).filter((x) => x.kind !== 'empty');
  let best: { score: number; cols: number[] } | null = null;
  let ties = 0;
  const used = new Array<boolean>(m).fill(false);
  const cols: number[] = [];
  const search = (k: number, score: number) => {
    if (k === filled.length) {
      const total = score + cols.reduce((s, col, j) => s + (col === filled[j].i ? 0.5 : 0), 0);
      if (!best || total > best.score) {
        best = { score: total, cols: [...cols] };
        ties = 0;
      } else if (total === best.score) ties++;
      return;
    }
    for (let col = 0; col < m; col++) {
      if (used[col]) continue;
      const f = fit(filled[k].kind, table.roles[col], filled[k].c);
      if (f === 0) continue;
      used[col] = true;
      cols.push(col);
      search(k + 1, score + f);
      cols.pop();
      used[col] = false;
    }
  };
  search(0, 0);
  if (!best || ties > 0) {
    throw new LineError(line, `无法对齐任务表的列（期望 ${m} 列，实际 ${trimmed.length} 列，各列内容与表头“${table.headers.join(' / ')}”不符）`);
  }
  const out: (string | null)[] = new Array(m).fill(null);
  (best as { cols: number[] }).cols.forEach((col, j) => (out[col] = filled[j].c));
  warnings.push(`第 ${line} 行：任务表的列顺序与表头不一致，已按内容对齐，请核对`);
  return out;
}

export type RowResult =
  | { kind: 'skip' }
  | { kind: 'heading'; text: string }
  | {
      kind: 'tasks';
      /** A section heading in the 工作任务 column ("(一) 围绕…"), normalised; null when the row continues the section above. */
      section: string | null;
      /** The row's single unnumbered requirement is the section itself: its task is titled by the section. */
      sectionIsTask: boolean;
      tasks: Omit<ParsedTask, 'path'>[];
    };

function headingText(m: Marker): string {
  return `${m.marker}${m.rest}`;
}

/** Read one data row of a task table. */
export function readRow(table: TableState, cells: string[], line: number, year: number | null, warnings: string[]): RowResult {
  const nonEmpty = cells.filter((c) => cellParagraphs(c).length > 0);
  if (nonEmpty.length === 0) return { kind: 'skip' };
  if (nonEmpty.length === 1) {
    const only = squeezeSpaces(cellParagraphs(nonEmpty[0]).join(''));
    const m = parseMarker(only);
    if (m && m.level <= 2) return { kind: 'heading', text: only };
  }
  const aligned = alignCells(table, cells, line, warnings);
  const cellOf = (role: ColumnRole) => {
    const i = table.roles.indexOf(role);
    return i >= 0 ? aligned[i] ?? '' : '';
  };

  // 工作任务 column: a section heading, or the task's own title.
  const titleParas = cellParagraphs(cellOf('title')).map(squeezeSpaces);
  const titleText = titleParas.join('');
  const titleMarker = titleText ? parseMarker(titleText) : null;
  const section = titleMarker && titleMarker.level <= 2 ? headingText(titleMarker) : null;
  let taskTitle: { title: string; number: string | null } | null = null;
  if (titleText && !section) taskTitle = titleMarker ? { title: titleMarker.rest, number: titleMarker.marker } : { title: titleText, number: null };
  const numberCell = squeezeSpaces(stripHtml(cellOf('number')));
  if (taskTitle && numberCell && !taskTitle.number) taskTitle.number = numberCell.replace(/[.、]$/, '');

  // 具体要求 column: one task per numbered paragraph, unless the row names its task.
  const reqParas = cellParagraphs(cellOf('requirement')).map(squeezeSpaces);
  const groups: { number: string | null; text: string }[] = [];
  if (taskTitle) {
    groups.push({ number: taskTitle.number, text: reqParas.join('\n') });
  } else {
    for (const p of reqParas) {
      const m = parseMarker(p);
      if (m && m.level >= 3) groups.push({ number: m.marker, text: m.rest });
      else if (groups.length > 0) groups[groups.length - 1].text += `\n${p}`;
      else groups.push({ number: null, text: p });
    }
  }
  if (groups.length === 0) {
    if (section) return { kind: 'heading', text: section };
    groups.push({ number: null, text: '' });
  }
  const sectionIsTask = section !== null && groups.length === 1 && groups[0].number === null;

  // Unit columns: paragraphs map to tasks one to one, or one paragraph serves all.
  const units: Assignment[] = groups.map(() => ({ leadUnits: [], responsibleUnits: [] }));
  let anyUnits = false;
  table.roles.forEach((role, col) => {
    if (role !== 'lead' && role !== 'responsible') return;
    const paras = cellParagraphs(aligned[col] ?? '');
    if (paras.length === 0) return;
    anyUnits = true;
    const defaultRole: UnitRole = role;
    const perTask =
      groups.length === 1 ? [paras.join('，')] : paras.length === groups.length ? paras : paras.length === 1 ? groups.map(() => paras[0]) : null;
    if (!perTask) {
      throw new LineError(line, `无法对齐任务表的列（“${table.headers[table.roles.indexOf('requirement')] ?? '具体要求'}”有 ${groups.length} 项任务，“${table.headers[col]}”有 ${paras.length} 段）`);
    }
    perTask.forEach((text, i) => {
      if (!parensBalanced(text)) {
        warnings.push(`第 ${line} 行：“${table.headers[col]}”一栏括号不配对，单位名称可能有误（${squeezeSpaces(text)}），请核对`);
      }
      const a = parseAssignment(text, { defaultRole, firstIsLead: table.firstIsLead });
      units[i].leadUnits.push(...a.leadUnits.filter((u) => !units[i].leadUnits.includes(u)));
      units[i].responsibleUnits.push(...a.responsibleUnits.filter((u) => !units[i].responsibleUnits.includes(u)));
    });
  });
  if (!anyUnits && table.lastUnits && table.roles.some((r) => r === 'lead' || r === 'responsible')) {
    warnings.push(`第 ${line} 行：未写明单位，沿用上一行的单位（合并单元格），请核对`);
    units.forEach((u) => {
      u.leadUnits.push(...table.lastUnits!.leadUnits);
      u.responsibleUnits.push(...table.lastUnits!.responsibleUnits);
    });
  }
  if (anyUnits) table.lastUnits = units[units.length - 1];

  const deadlineCell = cellOf('deadline') ? squeezeSpaces(cellParagraphs(cellOf('deadline')).join('')) : '';
  const tasks = groups.map((g, i) => {
    let title: string;
    let requirement: string;
    if (taskTitle) {
      title = taskTitle.title;
      requirement = g.text;
    } else if (sectionIsTask) {
      title = titleMarker!.rest;
      requirement = g.text;
    } else {
      ({ title, requirement } = splitTitle(g.text));
    }
    const dl = deadlineCell ? parseDeadline(deadlineCell, year) : findDeadline(`${title}。${requirement}`, year) ?? { deadlineText: null, deadline: null };
    return {
      number: sectionIsTask ? titleMarker!.marker : g.number,
      title,
      requirement,
      leadUnits: units[i].leadUnits,
      responsibleUnits: units[i].responsibleUnits,
      deadlineText: dl.deadlineText,
      deadline: dl.deadline,
      line,
    };
  });
  return { kind: 'tasks', section, sectionIsTask, tasks };
}
