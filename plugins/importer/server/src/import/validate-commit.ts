// The body of POST /importer/commit is user input (R41): a parse result the editor may
// have edited in the admin page. Every field is checked for type, length and allowed
// values before anything is written; the first problem is reported with its field path
// ("result.tasks[3].leadUnits[0]"). Lengths follow the content model (notice.title 300,
// unit.name 100, task.label 20, task.deadlineText 100 …).
import { ENUM_LABELS, isIsoDate } from '@gongkai/shared';
import type { ParseResult, ParsedNotice, ParsedTask } from '../parser';

export class CommitValidationError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}：${reason}`);
    this.name = 'CommitValidationError';
  }
}

export interface CommitBody {
  result: ParseResult;
  /** true, or the unit names (as written) the editor saw and confirmed. */
  confirmNewUnits: boolean | string[];
  categorySlug?: string;
}

const LIMITS = {
  title: 300,
  docNumber: 100,
  issuer: 200,
  unitName: 100,
  unitsPerTask: 100,
  label: 20,
  heading: 300,
  pathDepth: 6,
  taskTitle: 2000,
  requirement: 20000,
  deadlineText: 100,
  tasks: 2000,
  forwards: 10,
  forwardDepth: 3,
  body: 200000,
  listItems: 200,
  meta: 100,
  metaValue: 1000,
  warnings: 2000,
  warning: 1000,
  attachments: 50,
  unitLists: 20,
  confirmedUnits: 1000,
};

const labelsOf = (name: keyof typeof ENUM_LABELS) => Object.values(ENUM_LABELS[name]) as string[];

type Shape = Record<string, (v: unknown, path: string) => void>;

function fail(path: string, reason: string): never {
  throw new CommitValidationError(path, reason);
}

function object(v: unknown, path: string, shape: Shape, optional: string[] = []): void {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(path || '请求体', '应为对象');
  const o = v as Record<string, unknown>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  for (const key of Object.keys(o)) if (!(key in shape)) fail(at(key), '未知字段');
  for (const [key, check] of Object.entries(shape)) {
    if (!(key in o)) {
      if (optional.includes(key)) continue;
      fail(at(key), '缺少字段');
    }
    check(o[key], at(key));
  }
}

const str =
  (max: number, opts: { nullable?: boolean; required?: boolean } = {}) =>
  (v: unknown, path: string) => {
    if (v === null && opts.nullable) return;
    if (typeof v !== 'string') fail(path, opts.nullable ? '应为字符串或 null' : '应为字符串');
    if (v.length > max) fail(path, `不能超过 ${max} 个字符`);
    if (opts.required && !v.trim()) fail(path, '不能为空');
  };

const oneOf = (labels: string[]) => (v: unknown, path: string) => {
  if (v === null) return;
  if (typeof v !== 'string' || !labels.includes(v)) fail(path, `应为 ${labels.join('、')} 之一或 null`);
};

const date = (v: unknown, path: string) => {
  if (v === null) return;
  if (!isIsoDate(v)) fail(path, '应为 YYYY-MM-DD 格式的有效日期或 null');
};

const int = (v: unknown, path: string) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(path, '应为非负整数');
};

const list =
  <T>(max: number, item: (v: unknown, path: string) => void) =>
  (v: unknown, path: string) => {
    if (!Array.isArray(v)) fail(path, '应为数组');
    if (v.length > max) fail(path, `不能超过 ${max} 项`);
    v.forEach((x: T, i: number) => item(x, `${path}[${i}]`));
  };

const unitNames = list(LIMITS.unitsPerTask, str(LIMITS.unitName, { required: true }));

function task(v: unknown, path: string): void {
  object(v, path, {
    path: list(LIMITS.pathDepth, str(LIMITS.heading, { required: true })),
    number: str(LIMITS.label, { nullable: true }),
    title: str(LIMITS.taskTitle, { required: true }),
    requirement: str(LIMITS.requirement),
    leadUnits: unitNames,
    responsibleUnits: unitNames,
    deadlineText: str(LIMITS.deadlineText, { nullable: true }),
    deadline: date,
    line: int,
  });
}

const tasks = list<ParsedTask>(LIMITS.tasks, task);

function notice(depth: number) {
  return (v: unknown, path: string): void => {
    if (depth > LIMITS.forwardDepth) fail(path, `转发层级不能超过 ${LIMITS.forwardDepth} 层`);
    object(
      v,
      path,
      {
        title: str(LIMITS.title, { required: true }),
        docNumber: str(LIMITS.docNumber, { nullable: true }),
        docNumberCanonical: str(LIMITS.docNumber, { nullable: true }),
        issuer: str(LIMITS.issuer, { nullable: true }),
        date,
        publishDate: date,
        recipients: list(LIMITS.listItems, str(LIMITS.issuer, { required: true })),
        cc: list(LIMITS.listItems, str(LIMITS.issuer, { required: true })),
        disclosure: oneOf(labelsOf('disclosureMode')),
        forwards: list<ParsedNotice>(LIMITS.forwards, notice(depth + 1)),
        tasks,
        body: str(LIMITS.body),
        signatureIssuer: str(LIMITS.issuer, { nullable: true }),
        bannerIssuer: str(LIMITS.issuer, { nullable: true }),
        printedBy: str(LIMITS.issuer, { nullable: true }),
        printDate: date,
        attachments: list(LIMITS.attachments, (a, p) => object(a, p, { label: str(LIMITS.label, { nullable: true }), title: str(LIMITS.title) })),
        docTypeHint: oneOf(labelsOf('documentType')),
        validity: oneOf(labelsOf('validity')),
        indexNumber: str(LIMITS.docNumber, { nullable: true }),
        meta: (m, p) => {
          if (!m || typeof m !== 'object' || Array.isArray(m)) fail(p, '应为对象');
          const entries = Object.entries(m as Record<string, unknown>);
          if (entries.length > LIMITS.meta) fail(p, `不能超过 ${LIMITS.meta} 项`);
          for (const [k, x] of entries) {
            if (k.length > 50) fail(`${p}.${k.slice(0, 50)}`, '字段名不能超过 50 个字符');
            str(LIMITS.metaValue)(x, `${p}.${k}`);
          }
        },
        line: int,
      },
      // Only forwarded notices carry their own tasks (optional there, absent on the main notice).
      ['tasks'],
    );
    if (depth === 0 && 'tasks' in (v as object)) fail(`${path}.tasks`, '主通知的任务应放在 result.tasks 中');
  };
}

export function validateParseResult(v: unknown, path = 'result'): ParseResult {
  object(v, path, {
    notice: notice(0),
    tasks,
    warnings: list(LIMITS.warnings, str(LIMITS.warning)),
    unitLists: list(LIMITS.unitLists, (u, p) => object(u, p, { heading: str(LIMITS.heading), units: list(LIMITS.listItems, str(LIMITS.unitName, { required: true })) })),
  });
  return v as ParseResult;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Check the whole commit body; returns it typed, or throws CommitValidationError. */
export function validateCommitBody(body: unknown): CommitBody {
  object(
    body,
    '',
    {
      result: (v) => validateParseResult(v, 'result'),
      confirmNewUnits: (v, p) => {
        if (typeof v === 'boolean') return;
        list(LIMITS.confirmedUnits, str(LIMITS.unitName, { required: true }))(v, p);
      },
      categorySlug: (v, p) => {
        if (v === undefined || v === null) return;
        str(120, { required: true })(v, p);
        if (!SLUG.test(v as string)) fail(p, '栏目别名只能包含小写字母、数字和连字符');
      },
    },
    ['confirmNewUnits', 'categorySlug'],
  );
  const b = body as Record<string, unknown>;
  return { result: b.result as ParseResult, confirmNewUnits: (b.confirmNewUnits as boolean | string[] | undefined) ?? false, categorySlug: (b.categorySlug as string | null | undefined) ?? undefined };
}
