// parseNoticeText: one text (plain, Markdown, Word/WPS export) → a notice, its task
// table, the unit directories of its attachments, and warnings (R41). Pure: no I/O.
// Any input it cannot read raises ImportError naming the file and the line; nothing
// is returned half-done, so the caller writes all of a file or nothing.
import type { ParseResult, ParsedNotice } from './types';
import { ImportError, LineError } from './errors';
import { buildBlocks, joinContinuations } from './lines';
import { cutDebris, dropRepeats } from './cleanup';
import { splitNotices } from './forwarded';
import { readNotice, forwardedReference } from './notice';

const FIRST_IS_LEAD = /(?:排|列)(?:在)?(?:第一|首)位的?(?:单位)?(?:为|是)牵头/;

export function parseNoticeText(text: string, fileName: string): ParseResult {
  try {
    return parse(text, fileName);
  } catch (e) {
    if (e instanceof LineError) throw new ImportError(fileName, e.line, e.reason);
    throw e;
  }
}

function parse(text: string, fileName: string): ParseResult {
  if (!text || !text.replace(/[\s\uFEFF\u200B]/g, '')) throw new ImportError(fileName, null, '文件为空');
  const warnings: string[] = [];
  const built = buildBlocks(text.replace(/^\uFEFF/, ''));
  let blocks = cutDebris(built.blocks, warnings);
  blocks = joinContinuations(blocks);
  blocks = dropRepeats(blocks, warnings);
  if (blocks.length === 0) throw new ImportError(fileName, null, '文件中没有可读的正文');

  const ctx = { runOn: built.runOn, firstIsLead: FIRST_IS_LEAD.test(text) };
  const regions = splitNotices(blocks);
  const reads = regions.map((r) => readNotice(r, ctx, warnings));
  const [main, ...forwarded] = reads;

  // Link forwarded notices: each is forwarded by the notice before it when that one is
  // itself a 转发, otherwise by the main notice.
  let forwarder: ParsedNotice = main.notice;
  for (const f of forwarded) {
    const notice: ParsedNotice = { ...f.notice, tasks: f.tasks };
    forwarder.forwards.push(notice);
    if (/转发/.test(notice.title)) forwarder = notice;
  }
  if (main.notice.forwards.length === 0) {
    const stub = forwardedReference(main.notice);
    if (stub) {
      main.notice.forwards.push(stub);
      warnings.push(`转发的文件《${stub.title}》未附全文，仅记录其标题和文号`);
    }
  }
  return {
    notice: main.notice,
    tasks: main.tasks,
    warnings: byLine(warnings),
    unitLists: reads.flatMap((r) => r.unitLists),
  };
}

/** Warnings in the order of the lines they name (those naming none first), for review. */
function byLine(warnings: string[]): string[] {
  const lineOf = (w: string) => Number(/^第 (\d+) 行/.exec(w)?.[1] ?? 0);
  return warnings.map((w, i) => ({ w, i, l: lineOf(w) })).sort((a, b) => a.l - b.l || a.i - b.i).map((x) => x.w);
}
