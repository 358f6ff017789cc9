// Importer CLI core (R41): npm run import -- <file…> [--dry-run] [--json] [--yes] [--skip-existing]
// The process entry is src/scripts/import.ts (compiled, run with node): it boots Strapi
// and calls the importer service's runCli, which passes the real writer (importParsed).
// Each file is read and parsed completely before anything is written; a file that
// cannot be parsed gets "错误：…" on stderr, nothing is written for it, and the exit
// code is 1 (all-or-nothing per file). --dry-run writes nothing; with --json it prints
// one JSON document per input file, one per line.
import {
  parseNoticeText,
  readInputFile,
  ImportError,
  type ParseResult,
  type ParsedNotice,
  type ParsedTask,
} from './parser';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Read and decode one file (defaults to readInputFile: UTF-8/GB18030 text, .docx). */
  readFile?: (filePath: string) => Promise<string>;
}

export interface ParsedFile {
  file: string;
  result: ParseResult;
}

export interface WriteOptions {
  /** Units named in the text but not in the directory are created only when confirmed (R5): --yes. */
  confirmNewUnits: boolean;
  /** --skip-existing: a notice whose 文号 (or title) is already there is skipped, not refused. */
  skipExisting: boolean;
}

/** What the writer did with one file (printed by the CLI). */
export interface WriteOutcome {
  skipped?: boolean;
  documentId: string;
  taskCount?: number;
  createdUnits?: string[];
}

export type Writer = (files: ParsedFile[], options: WriteOptions) => Promise<WriteOutcome[] | void>;

/**
 * The default writer of the bare core: writing needs a running Strapi, so it refuses.
 * The importer service's runCli passes the real one (one transaction per file).
 */
export const writeParsedNotices: Writer = async () => {
  throw new Error('未连接数据库，无法写入（请通过 npm run import 运行）');
};

/** The CLI's JSON document for one file (the shape in the "Importer" issue). */
export function toJsonDocument(result: ParseResult) {
  return { notice: noticeJson(result.notice), tasks: result.tasks.map(taskJson), warnings: result.warnings };
}

interface NoticeJson {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  recipients: string[];
  cc: string[];
  disclosure: string | null;
  forwards: NoticeJson[];
  /** Only on forwarded notices: their own task table. */
  tasks?: ReturnType<typeof taskJson>[];
}

function noticeJson(n: ParsedNotice): NoticeJson {
  const out: NoticeJson = {
    title: n.title,
    docNumber: n.docNumber,
    issuer: n.issuer,
    date: n.date,
    recipients: n.recipients,
    cc: n.cc,
    disclosure: n.disclosure,
    forwards: n.forwards.map(noticeJson),
  };
  if (n.tasks) out.tasks = n.tasks.map(taskJson);
  return out;
}

function taskJson(t: ParsedTask) {
  return {
    path: t.path,
    title: t.title,
    requirement: t.requirement,
    leadUnits: t.leadUnits,
    responsibleUnits: t.responsibleUnits,
    deadlineText: t.deadlineText,
    deadline: t.deadline,
  };
}

const USAGE = [
  '用法：npm run import -- <文件…> [--dry-run] [--json] [--yes] [--skip-existing]',
  '  --dry-run        只解析、不写入',
  '  --json           每个文件输出一行 JSON（结构见 plugins/importer/README.md）',
  '  --yes            确认新建文中出现、单位目录中没有的单位',
  '  --skip-existing  文号（无文号时为标题）已存在的通知跳过，而不是报错',
].join('\n');
const FLAGS = ['--dry-run', '--json', '--help', '--yes', '--skip-existing'];

function summary(file: string, r: ParseResult): string {
  const n = r.notice;
  const units = new Set<string>();
  const leads = new Set<string>();
  for (const t of r.tasks) {
    t.leadUnits.forEach((u) => (leads.add(u), units.add(u)));
    t.responsibleUnits.forEach((u) => units.add(u));
  }
  const lines = [
    `文件 ${file}：`,
    `  标题：${n.title || '（无）'}`,
    `  文号：${n.docNumber ?? '（无）'}　发文机关：${n.issuer ?? '（无）'}　成文日期：${n.date ?? '（无）'}`,
    `  主送：${n.recipients.join('、') || '（无）'}`,
    `  抄送：${n.cc.join('、') || '（无）'}`,
    `  公开方式：${n.disclosure ?? '（未注明）'}`,
  ];
  const describeForwards = (list: ParsedNotice[], depth: number) => {
    for (const f of list) {
      lines.push(`${'  '.repeat(depth)}转发：${f.title}（${f.docNumber ?? '无文号'}，${f.issuer ?? '发文机关不详'}，${f.date ?? '日期不详'}），任务 ${f.tasks?.length ?? 0} 项`);
      describeForwards(f.forwards, depth + 1);
    }
  };
  describeForwards(n.forwards, 1);
  const withDeadline = r.tasks.filter((t) => t.deadline).length;
  lines.push(`  任务：${r.tasks.length} 项，其中 ${withDeadline} 项有明确期限；涉及单位 ${units.size} 个（牵头单位 ${leads.size} 个）`);
  if (r.unitLists.length) lines.push(`  单位名录：${r.unitLists.map((l) => `${l.heading}（${l.units.length} 个）`).join('、')}`);
  if (r.warnings.length) {
    lines.push('  提示：');
    for (const w of r.warnings) lines.push(`    - ${w}`);
  }
  return lines.join('\n');
}

/** The CLI without the process: returns the exit code. */
export async function runImportCli(argv: string[], io: CliIo, write: Writer = writeParsedNotices): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !FLAGS.includes(f));
  if (flags.has('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  if (unknown.length || files.length === 0) {
    io.stderr(unknown.length ? `错误：未知选项 ${unknown.join(' ')}\n${USAGE}` : `错误：未指定文件\n${USAGE}`);
    return 2;
  }
  const dryRun = flags.has('--dry-run');
  const json = flags.has('--json');
  const readFile = io.readFile ?? readInputFile;

  let failed = false;
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    try {
      const text = await readFile(file);
      const name = file.split(/[\\/]/).pop() ?? file;
      parsed.push({ file, result: parseNoticeText(text, name) });
    } catch (e) {
      failed = true;
      if (e instanceof ImportError) io.stderr(`错误：${e.message}`);
      else io.stderr(`错误：文件 ${file}：解析时出现内部错误（${(e as Error).message}）`);
    }
  }

  if (dryRun) {
    for (const { file, result } of parsed) io.stdout(json ? JSON.stringify(toJsonDocument(result)) : summary(file, result));
    return failed ? 1 : 0;
  }
  for (const p of parsed) {
    try {
      const outcome = ((await write([p], { confirmNewUnits: flags.has('--yes'), skipExisting: flags.has('--skip-existing') })) || [])[0];
      if (json) io.stdout(JSON.stringify(toJsonDocument(p.result)));
      else if (outcome?.skipped) io.stdout(`已跳过 ${p.file}：${p.result.notice.title} 已存在（${outcome.documentId}）`);
      else {
        const units = outcome?.createdUnits?.length ? `，新建单位 ${outcome.createdUnits.join('、')}` : '';
        const id = outcome ? `，草稿 ${outcome.documentId}` : '';
        io.stdout(`已导入 ${p.file}：${p.result.notice.title}（任务 ${outcome?.taskCount ?? p.result.tasks.length} 项${units}${id}）`);
      }
    } catch (e) {
      failed = true;
      io.stderr(`错误：文件 ${p.file}：写入失败，未导入任何内容（${(e as Error).message}）`);
    }
  }
  return failed ? 1 : 0;
}
