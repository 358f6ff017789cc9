// Word (.docx) → the text shapes the parser reads (R41). mammoth's extractRawText puts
// every table cell on a line of its own, which loses the task table; so the document
// is converted to HTML and its tables are written back as tab-separated rows with
// `<p>` cells (the `000` export shape), merged cells (rowspan) as empty cells.
// Headings become "# …" and bold runs "**…**", as in the Markdown seeds.

interface PendingSpan {
  rows: number;
}

/** HTML from mammoth → text with tab-separated table rows. */
export function docxHtmlToText(html: string): string {
  const out: string[] = [];
  let pos = 0;
  const tableRe = /<table[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = tableRe.exec(html))) {
    out.push(blockHtmlToText(html.slice(pos, m.index)));
    const end = matchingTableEnd(html, m.index);
    out.push(tableToRows(html.slice(m.index + m[0].length, end)));
    pos = end + '</table>'.length;
    tableRe.lastIndex = pos;
  }
  out.push(blockHtmlToText(html.slice(pos)));
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function matchingTableEnd(html: string, start: number): number {
  const re = /<table[^>]*>|<\/table>/g;
  re.lastIndex = start;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    depth += m[0] === '</table>' ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return html.length;
}

function inline(html: string): string {
  return html
    .replace(/<\/?strong>|<\/?b>/g, '**')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<(?!\/?p[\s>])[^>]+>/g, '')
    .replace(/\t/g, ' ');
}

function blockHtmlToText(html: string): string {
  return inline(
    html
      .replace(/<h([1-6])[^>]*>/g, (_m, n: string) => `\n${'#'.repeat(Number(n))} `)
      .replace(/<\/h[1-6]>/g, '\n')
      .replace(/<li[^>]*>/g, '\n')
      .replace(/<\/(?:li|ul|ol)>/g, '\n'),
  )
    .replace(/<p[^>]*>/g, '\n')
    .replace(/<\/p>/g, '\n');
}

function tableToRows(inner: string): string {
  // Nested tables are flattened into their cell.
  const rows = inner.match(/<tr[^>]*>[\s\S]*?<\/tr>/g) ?? [];
  const spans: (PendingSpan | undefined)[] = [];
  const lines: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    const cellRe = /<t([dh])([^>]*)>([\s\S]*?)<\/t\1>/g;
    let c: RegExpExecArray | null;
    let col = 0;
    const fillSpans = () => {
      while (spans[col] && spans[col]!.rows > 0) {
        spans[col]!.rows--;
        cells.push('');
        col++;
      }
    };
    while ((c = cellRe.exec(row))) {
      fillSpans();
      const attrs = c[2];
      const rowspan = Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const colspan = Number(/colspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const paras = (c[3].match(/<p[^>]*>[\s\S]*?<\/p>/g) ?? [c[3]])
        .map((p) => inline(p.replace(/^<p[^>]*>|<\/p>$/g, '')).replace(/\n/g, ' ').trim())
        .filter((p) => p.length > 0);
      cells.push(paras.map((p) => `<p>${p}</p>`).join(' '));
      for (let k = 0; k < colspan; k++) {
        if (rowspan > 1) spans[col + k] = { rows: rowspan - 1 };
        if (k > 0) cells.push('');
      }
      col += colspan;
    }
    fillSpans();
    lines.push(cells.join('\t'));
  }
  return `\n${lines.join('\n')}\n`;
}
