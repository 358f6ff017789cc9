// The task tree of a plan (R2: part 一、 → section （一） → task 1.), built from the blocks
// after a notice's signature: headings open nodes, table rows add tasks, prose paragraphs
// fill the current node, unit directories and attachment titles are set aside.
import type { Block, ParsedAttachment, ParsedTask, UnitList } from './types';
import { LineError } from './errors';
import { parseMarker, type Marker } from './numbering';
import { readHeaderRow, readRow, type TableState } from './tables';
import { attachmentLabel, readUnitList } from './unit-lists';
import { splitTitle } from './task-text';

export type TaskDraft = Omit<ParsedTask, 'path'>;

export interface OutlineNode {
  level: number;
  marker: string;
  value: number;
  /** Text of the heading block after the marker. */
  heading: string;
  /** Leading bold run of the heading block, marker removed (`004` "**（一）…。**"). */
  bold: string | null;
  line: number;
  /** Run-on input: the section heading was glued to its part heading. */
  glued: boolean;
  /** Paragraphs after the heading block. */
  texts: string[];
  items: (OutlineNode | { task: TaskDraft })[];
  /** A table row whose only requirement is the section itself (`000` "(九) 用好…"). */
  selfTask?: TaskDraft;
}

export interface OutlineOptions {
  year: number | null;
  firstIsLead: boolean;
}

export interface Outline {
  root: OutlineNode;
  unitLists: UnitList[];
  attachments: ParsedAttachment[];
  hasTable: boolean;
}

export function isNode(item: OutlineNode | { task: TaskDraft }): item is OutlineNode {
  return (item as OutlineNode).level !== undefined;
}

function newNode(m: Marker | null, b: Block | null): OutlineNode {
  let bold: string | null = null;
  if (b?.bold) {
    const bm = parseMarker(b.bold);
    bold = bm ? bm.rest : b.bold;
  }
  return {
    level: m ? m.level : -1,
    marker: m?.marker ?? '',
    value: m?.value ?? 0,
    heading: m?.rest ?? '',
    bold,
    line: b?.line ?? 0,
    glued: b?.gluedToPrevious ?? false,
    texts: [],
    items: [],
  };
}

/** Heading text of a node for a task's path: "一、深化公开内容，加大主动公开力度". */
export function nodeLabel(n: OutlineNode): string {
  const title = n.bold ? n.bold.replace(/[。；;.]+$/, '') : splitTitle(n.heading).title;
  return `${n.marker}${title}`;
}

/** Build the task tree from the blocks of a plan. */
export function buildOutline(blocks: Block[], options: OutlineOptions, warnings: string[]): Outline {
  const root = newNode(null, null);
  const stack: OutlineNode[] = [root];
  const unitLists: UnitList[] = [];
  const attachments: ParsedAttachment[] = [];
  let table: TableState | null = null;
  let pendingLabel: string | null = null;
  let hasTable = false;

  const open = (m: Marker, b: Block): OutlineNode => {
    const node = newNode(m, b);
    while (stack.length > 1 && stack[stack.length - 1].level >= m.level) stack.pop();
    stack[stack.length - 1].items.push(node);
    stack.push(node);
    return node;
  };
  const top = () => stack[stack.length - 1];

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b.cells) {
      const ul = readUnitList(blocks, i);
      if (ul) {
        unitLists.push(ul.list);
        attachments.push({ label: ul.label ?? pendingLabel, title: ul.list.heading });
        pendingLabel = null;
        i = ul.end - 1;
        continue;
      }
      const label = attachmentLabel(b.text);
      if (label) {
        if (label.title) attachments.push({ label: label.label, title: label.title });
        else pendingLabel = label.label;
        continue;
      }
    }

    if (b.cells) {
      const header = readHeaderRow(b.cells, b.line, options.firstIsLead);
      if (header) {
        table = header;
        hasTable = true;
        continue;
      }
      if (!table) throw new LineError(b.line, '表格缺少表头（如“工作任务 / 具体要求 / 责任单位”），无法确定各列的含义');
      const row = readRow(table, b.cells, b.line, options.year, warnings);
      if (row.kind === 'skip') continue;
      if (row.kind === 'heading') {
        const m = parseMarker(row.text)!;
        open(m, { ...b, text: row.text, cells: null, bold: null });
        continue;
      }
      let target = top();
      if (row.section) {
        const m = parseMarker(row.section)!;
        target = open(m, { ...b, text: row.section, cells: null, bold: null });
      }
      if (row.sectionIsTask && row.section) target.selfTask = row.tasks[0];
      else for (const task of row.tasks) target.items.push({ task });
      continue;
    }

    const m = parseMarker(b.text);
    if (m) {
      open(m, b);
      continue;
    }
    const t = b.text;
    const titleLike = t.length <= 60 && !/[。，；]/.test(t);
    if (titleLike && (b.mdHeading > 0 || pendingLabel || (stack.length === 1 && root.items.length === 0 && attachments.length === 0))) {
      attachments.push({ label: pendingLabel, title: t });
      pendingLabel = null;
      continue;
    }
    if (stack.length === 1) continue; // the plan's preamble ("2018年政务公开工作总体要求是：…")
    // An assignment on a line of its own ("牵头单位：…；责任单位：…") belongs to the item above.
    top().texts.push(/^(?:牵头单位|责任单位|牵头部门|责任部门)[：:]/.test(t) ? `（${t}）` : t);
  }
  return { root, unitLists, attachments, hasTable };
}
