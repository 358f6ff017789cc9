// The importer service (R41): strapi.plugin('importer').service('importer').
//   read(buf, fileName)            bytes → text (UTF-8, GB18030, .docx); ImportError for bad files
//   parse(buf, fileName)           → parse result + unit matching against the directory (R5)
//   parseText(text, fileName)      the same for text already decoded
//   importParsed(result, options)  → draft notice(s) + task table(s) + units, in ONE transaction
//   runCli(argv, { out, err })     the `npm run import` command with the real writer
import type { Core } from '@strapi/strapi';
import { errors, setCreatorFields } from '@strapi/utils';
import { parseDocNumber } from '@gongkai/shared';
import { decodeInputAsync, parseNoticeText, type ParseResult, type ParsedNotice, type ParsedTask } from '../parser';
import { runImportCli, type WriteOutcome } from '../cli';
import { matchNames, newUnitFields, noticesOf, reportUnits, type DirectoryEntry, type UnitMatchReport } from '../units/directory';
import { noticeFields, noticeYear, taskTableTitle } from '../import/notice-fields';
import { taskRows } from '../import/task-tree';

const NOTICE = 'api::notice.notice';
const TABLE = 'api::task-table.task-table';
const TASK = 'api::task.task';
const UNIT = 'api::unit.unit';
const CATEGORY = 'api::catalog-category.catalog-category';

/** The catalog category (R6) imported notices go to unless the editor picks another. */
export const DEFAULT_CATEGORY = 'zhengwu-gongkai-gongzuo';

export interface ImportOptions {
  /** Create units named in the text but missing from the directory (R5): true, or exactly these names (as written). */
  confirmNewUnits: boolean | string[];
  /** Catalog category slug (R6); default zhengwu-gongkai-gongzuo. */
  categorySlug?: string;
  /** Do everything, then roll back: reports what would be written. */
  dryRun?: boolean;
  /** A notice that already exists (same 文号, or same title without 文号) is skipped instead of refused. */
  skipExisting?: boolean;
  /** The admin user importing (createdBy / updatedBy, read by the review gate, R10). */
  user?: { id: number | string } | null;
}

export interface ImportedNotice {
  documentId: string | null;
  slug: string | null;
  title: string;
  docNumber: string | null;
  /** false when an existing notice with this 文号 was linked instead of created. */
  created: boolean;
  taskCount: number;
}

export interface ImportReport {
  dryRun?: boolean;
  notice: { documentId: string | null; slug: string | null; taskTable: string | null };
  forwards: ImportedNotice[];
  /** Tasks (level 'task') of the main notice's table. */
  taskCount: number;
  createdUnits: { documentId: string | null; name: string; shortName: string | null; text: string }[];
  warnings: string[];
}

export interface SkippedReport {
  skipped: true;
  documentId: string;
}

/** A refusal of importParsed, in Chinese; `details` tells callers (admin page, CLI) what to show. */
export class ImportRefusedError extends errors.ValidationError {
  constructor(message: string, details: Record<string, unknown>) {
    super(message, details);
  }
}

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

const label = (n: ParsedNotice) => (n.docNumber ? `“${n.docNumber}”` : `《${n.title}》`);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: string) => strapi.documents(uid as any) as any;

  async function directory(): Promise<DirectoryEntry[]> {
    return (await strapi.db.query(UNIT as any).findMany({ select: ['documentId', 'name', 'shortName'] })) as DirectoryEntry[];
  }

  /** The existing notice with this 文号 (compared by its parts: 〔〕 and [] are the same), or this title when there is none. */
  async function existingNotice(n: ParsedNotice): Promise<{ documentId: string; slug: string | null } | null> {
    const d = parseDocNumber(n.docNumber);
    const where = d ? { docIssuerAbbr: d.issuerAbbr, docYear: d.year, docSerial: d.serial } : { title: n.title.trim() };
    const row = await strapi.db.query(NOTICE as any).findOne({ where, select: ['documentId', 'slug'] });
    return row ? { documentId: row.documentId, slug: row.slug ?? null } : null;
  }

  /** Check what must hold before anything is written (R1: every notice created needs a title and 发文机关). */
  function preflight(result: ParseResult) {
    const walk = (n: ParsedNotice, path: string) => {
      if (!n.title?.trim()) throw new ImportRefusedError(`第 ${n.line} 行起的通知缺少标题`, { path: `${path}.title`, line: n.line });
      n.forwards.forEach((f, i) => walk(f, `${path}.forwards[${i}]`));
    };
    walk(result.notice, 'result.notice');
  }

  async function categoryId(slug: string): Promise<string> {
    const cat = await strapi.db.query(CATEGORY as any).findOne({ where: { slug }, select: ['documentId'] });
    if (!cat) throw new ImportRefusedError(`公开目录栏目“${slug}”不存在`, { path: 'categorySlug' });
    return cat.documentId;
  }

  async function write(result: ParseResult, options: ImportOptions): Promise<ImportReport | SkippedReport> {
    preflight(result);
    const existing = await existingNotice(result.notice);
    if (existing) {
      if (options.skipExisting) return { skipped: true, documentId: existing.documentId };
      throw new ImportRefusedError(`通知${label(result.notice)}已经存在，未重复导入（如需重新导入，请先删除已有的通知）`, {
        code: 'exists',
        documentId: existing.documentId,
      });
    }
    const category = await categoryId(options.categorySlug || DEFAULT_CATEGORY);
    const creator = options.user ? setCreatorFields({ user: options.user as any }) : <T>(data: T) => data;

    // Units (R5): match every notice's names in its issuer's region; refuse unknown ones unless confirmed.
    const units = await directory();
    const perNotice = noticesOf(result).map(({ notice, tasks }) => ({
      notice,
      match: matchNames(
        tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]),
        units,
        notice.issuer,
      ),
    }));
    const unknown = [...new Set(perNotice.flatMap((p) => p.match.unknown))];
    const confirmed = options.confirmNewUnits === true ? unknown : Array.isArray(options.confirmNewUnits) ? unknown.filter((n) => (options.confirmNewUnits as string[]).includes(n)) : [];
    const unconfirmed = unknown.filter((n) => !confirmed.includes(n));
    if (unconfirmed.length) {
      throw new ImportRefusedError(`以下单位不在单位目录中：${unconfirmed.join('、')}。请确认新建这些单位，或改为目录中已有的单位名称`, {
        code: 'unknown-units',
        unknown: unconfirmed,
      });
    }

    // name as written → unit documentId, per notice (the same short name may be two units in two regions).
    const createdUnits: ImportReport['createdUnits'] = [];
    const unitIds = new Map<ParsedNotice, Map<string, string>>();
    const byFullName = new Map<string, string>();
    for (const { notice, match } of perNotice) {
      const ids = new Map<string, string>(match.matched.map((m) => [m.text, m.unit.documentId]));
      for (const text of match.unknown) {
        const fields = newUnitFields(text, notice.issuer);
        let id = byFullName.get(fields.name);
        if (!id) {
          const same = await strapi.db.query(UNIT as any).findOne({ where: { name: fields.name }, select: ['documentId'] });
          id = same?.documentId ?? (await docs(UNIT).create({ data: creator({ ...fields }) })).documentId;
          if (!same) createdUnits.push({ documentId: id!, name: fields.name, shortName: fields.shortName, text });
          byFullName.set(fields.name, id!);
        }
        ids.set(text, id!);
      }
      unitIds.set(notice, ids);
    }
    const issuerUnit = (n: ParsedNotice) => (n.issuer ? matchNames([n.issuer], units, n.issuer).matched[0]?.unit.documentId ?? null : null);

    const forwards: ImportedNotice[] = [];

    async function createTasks(tableId: string, tasks: ParsedTask[], ids: Map<string, string>): Promise<number> {
      const rows = taskRows(tasks);
      const made: string[] = [];
      const unitList = (names: string[]) => names.map((n) => ids.get(n)).filter((x): x is string => !!x);
      for (const row of rows) {
        const task = await docs(TASK).create({
          data: creator({
            taskTable: tableId,
            parent: row.parent === null ? null : made[row.parent],
            level: row.level,
            label: row.label,
            title: row.title,
            requirement: row.requirement,
            leadUnits: [...new Set(unitList(row.leadUnits))],
            responsibleUnits: [...new Set(unitList(row.responsibleUnits))],
            unitsText: row.unitsText,
            deadlineText: row.deadlineText,
            deadline: row.deadline,
            order: row.order,
          }),
        });
        made.push(task.documentId);
      }
      return rows.filter((r) => r.level === 'task').length;
    }

    /** Create one notice (its forwards first, so it can link them), its task table and tasks. */
    async function createNotice(n: ParsedNotice, tasks: ParsedTask[], isMain: boolean): Promise<ImportedNotice & { taskTable: string | null }> {
      if (!isMain) {
        const found = await existingNotice(n);
        if (found) return { ...found, title: n.title, docNumber: n.docNumber, created: false, taskCount: 0, taskTable: null };
      }
      if (!n.issuer?.trim()) {
        throw new ImportRefusedError(`第 ${n.line} 行起的通知${label(n)}缺少发文机关，请补充后再导入`, { path: 'issuer', line: n.line });
      }
      const forwardIds: string[] = [];
      for (const f of n.forwards) {
        const made = await createNotice(f, f.tasks ?? [], false);
        forwards.push({ documentId: made.documentId, slug: made.slug, title: made.title, docNumber: made.docNumber, created: made.created, taskCount: made.taskCount });
        forwardIds.push(made.documentId!);
      }
      const table = tasks.length ? await docs(TABLE).create({ data: creator({ title: taskTableTitle(n), year: noticeYear(n) }) }) : null;
      const notice = await docs(NOTICE).create({
        data: creator({
          ...noticeFields(n),
          category,
          issuingUnit: issuerUnit(n),
          taskTable: table?.documentId ?? null,
          forwards: forwardIds,
        }),
      });
      const taskCount = table ? await createTasks(table.documentId, tasks, unitIds.get(n)!) : 0;
      return { documentId: notice.documentId, slug: notice.slug ?? null, title: n.title, docNumber: n.docNumber, created: true, taskCount, taskTable: table?.documentId ?? null };
    }

    const main = await createNotice(result.notice, result.tasks, true);
    return {
      notice: { documentId: main.documentId, slug: main.slug, taskTable: main.taskTable },
      forwards,
      taskCount: main.taskCount,
      createdUnits,
      warnings: result.warnings,
    };
  }

  const read = (buf: Buffer, fileName: string): Promise<string> => decodeInputAsync(buf, fileName);

  async function parseText(text: string, fileName: string): Promise<ParseResult & { units: UnitMatchReport }> {
    const result = parseNoticeText(text, fileName);
    return { ...result, units: reportUnits(result, await directory()) };
  }

  async function importParsed(result: ParseResult, options: ImportOptions): Promise<ImportReport | SkippedReport> {
    try {
      return await strapi.db.transaction(async () => {
        const report = await write(result, options);
        if (options.dryRun && !('skipped' in report)) throw new DryRunRollback(report);
        return report;
      });
    } catch (e) {
      if (e instanceof DryRunRollback) return dryRunView(e.report);
      throw e;
    }
  }

  return {
    /** Bytes → text; refuses empty, binary and unreadable files with an ImportError (file, line). */
    read,

    /** Decoded text → parse result + unit report (R41, R5). Throws ImportError naming the file and line. */
    parseText,

    async parse(buf: Buffer, fileName: string): Promise<ParseResult & { units: UnitMatchReport }> {
      return parseText(await read(buf, fileName), fileName);
    },

    /**
     * Write a parse result as draft notice(s) with task table(s), all in one transaction:
     * any error rolls everything back (R41 "nothing is written"). See ImportOptions.
     */
    importParsed,

    /** `npm run import -- <file…> [--dry-run] [--json] [--yes] [--skip-existing]`: returns the exit code. */
    runCli(argv: string[], io: { out: (text: string) => void; err: (text: string) => void }): Promise<number> {
      return runImportCli(argv, { stdout: io.out, stderr: io.err }, async (files, o) => {
        const outcomes: WriteOutcome[] = [];
        for (const f of files) {
          const r = await importParsed(f.result, { confirmNewUnits: o.confirmNewUnits, skipExisting: o.skipExisting });
          outcomes.push('skipped' in r ? r : { documentId: r.notice.documentId!, taskCount: r.taskCount, createdUnits: r.createdUnits.map((u) => u.name) });
        }
        return outcomes;
      });
    },
  };
};

/** A dry run's report: what would have been written; nothing was, so no ids. */
function dryRunView(r: ImportReport): ImportReport {
  return {
    ...r,
    dryRun: true,
    notice: { ...r.notice, documentId: null, taskTable: null },
    forwards: r.forwards.map((f) => (f.created ? { ...f, documentId: null } : f)),
    createdUnits: r.createdUnits.map((u) => ({ ...u, documentId: null })),
  };
}
