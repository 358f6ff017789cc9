// Removing what is not the document (R41): scraping debris at the end of a page
// ("相关文档", "最新文档", "上一篇" …) and exact repeats of paragraphs (`002` repeats whole
// stretches of itself). Both are reported as warnings, never silently.
import type { Block } from './types';
import { looksLikeOrg } from './text';
import { dateLine } from './doc-dates';

// A line that starts the page's footer: everything from it on is not the document.
const TAIL_MARKER = /^(?:[【\[]?(?:相关文档|相关文件|相关链接|相关新闻|相关阅读|相关信息|相关附件|最新文档|最新文件|最新信息|热门文档|热点文档|推荐阅读|猜你喜欢|上一篇|下一篇|上一条|下一条|打印本页|关闭窗口|打印|关闭|分享到|扫一扫在手机打开当前页|扫一扫|返回顶部|网站地图|版权所有|Copyright)[】\]]?(?=$|[\s:：>»|·]|[【\[])|©)/i;
// Single lines of page furniture, dropped wherever they are after the start.
const FURNITURE = /^(?:【?字体|【?字号|责任编辑|浏览次数|访问次数|点击数|阅读次数|视力保护色|首页\s*[>＞»]|当前位置|您的位置|您现在的位置)/;

/** Drop the page footer and page furniture. */
export function cutDebris(blocks: Block[], warnings: string[]): Block[] {
  const out: Block[] = [];
  let seenContent = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const t = b.text;
    if (!b.cells && t.length <= 40 && FURNITURE.test(t)) continue;
    if (!b.cells && seenContent >= 3 && t.length <= 60 && TAIL_MARKER.test(t)) {
      const lastLine = blocks[blocks.length - 1].line;
      warnings.push(`第 ${b.line} 行起（至第 ${lastLine} 行）为网页尾部的无关内容（“${t.slice(0, 12)}”等），已忽略`);
      break;
    }
    out.push(b);
    seenContent++;
  }
  return out;
}

/** Blocks that may legitimately repeat: table rows, signatures and 印发 lines, dates, very short lines. */
function mayRepeat(b: Block): boolean {
  if (b.cells) return true;
  const t = b.text;
  return t.length < 8 || looksLikeOrg(t) || dateLine(t) !== null;
}

/** Drop exact repeats of paragraphs (`002`), keeping the first occurrence. */
export function dropRepeats(blocks: Block[], warnings: string[]): Block[] {
  const seen = new Map<string, number>();
  const dropped: string[] = [];
  const out: Block[] = [];
  for (const b of blocks) {
    if (mayRepeat(b)) {
      out.push(b);
      continue;
    }
    const key = b.text.replace(/\s+/g, '');
    const first = seen.get(key);
    if (first !== undefined) {
      dropped.push(`${b.line}`);
      continue;
    }
    seen.set(key, b.line);
    out.push(b);
  }
  if (dropped.length > 0) {
    const lines = [...new Set(dropped)];
    const shown = lines.slice(0, 20).join('、') + (lines.length > 20 ? ' 等' : '');
    warnings.push(`已忽略 ${dropped.length} 处与前文完全相同的重复段落（第 ${shown} 行）`);
  }
  return out;
}
