// R12: readable text of attachments (.txt/.md/.csv, .html, .docx, .xlsx, .pdf).
import JSZip from 'jszip';
import { AttachmentReadError, decodeText, extractAttachmentText } from './attachment-text';
import { scanText } from './scan';
import { groupFours, makeCard, makeId } from './__fixtures__/identifiers';

const ID = makeId('445202', '19850312', '271');

async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function makeXlsx(shared: string[], numericCells: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">` +
      shared.map((s) => `<si><t>${s}</t></si>`).join('') +
      '</sst>',
  );
  const cells =
    shared.map((_, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`).join('') +
    numericCells.map((v, i) => `<c r="B${i + 1}"><v>${v}</v></c>`).join('') +
    '<c r="C1" t="inlineStr"><is><t>内联 zhao@example.org</t></is></c>';
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A minimal one-page PDF with a text layer (Helvetica, Latin text). */
function makePdf(lines: string[]): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td ${lines.map((l, i) => `${i ? '0 -20 Td ' : ''}(${l}) Tj`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe('R12 text attachments', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM', async () => {
    const s = `联系电话：13800138000，身份证${ID}`;
    expect(await extractAttachmentText(Buffer.from(s, 'utf8'), '名单.txt')).toBe(s);
    expect(await extractAttachmentText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]), 'a.md')).toBe(s);
    expect(await extractAttachmentText(Buffer.from(`\ufeff${s}`, 'utf16le'), 'a.csv')).toBe(s);
  });

  it('falls back to GB18030 for legacy Chinese text files', async () => {
    // "电话" and "身份证" in GBK, followed by ASCII digits.
    const gbk = Buffer.from([0xb5, 0xe7, 0xbb, 0xb0, 0x3a, ...Buffer.from('13800138000 '), 0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, ...Buffer.from(ID)]);
    const text = await extractAttachmentText(gbk, 'OLD.TXT');
    expect(text).toBe(`电话:13800138000 身份证${ID}`);
    expect(decodeText(gbk)).toBe(text);
    expect(scanText(text!).map((f) => f.kind)).toEqual(['mobile', 'id-card']);
  });

  it('uses the MIME type when the name has no known extension', async () => {
    expect(await extractAttachmentText(Buffer.from('a@b.cn'), 'download', 'text/plain; charset=utf-8')).toBe('a@b.cn');
    expect(await extractAttachmentText(Buffer.from('<p>手机<b>138</b>00138000</p>'), 'x', 'text/html')).toBe('手机13800138000\n');
  });

  it('returns null for types it cannot read', async () => {
    expect(await extractAttachmentText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), '照片.png', 'image/png')).toBeNull();
    expect(await extractAttachmentText(Buffer.from('x'), '旧文档.doc')).toBeNull();
    expect(await extractAttachmentText(Buffer.from('x'), 'noext')).toBeNull();
  });
});

describe('R12 office attachments', () => {
  it('reads .docx paragraphs (mammoth)', async () => {
    const buf = await makeDocx(['拟聘用人员公示', `张某，身份证号${ID}，手机13926381234`]);
    const text = await extractAttachmentText(buf, '公示.docx');
    expect(text).toContain('拟聘用人员公示');
    expect(scanText(text!).map((f) => [f.kind, f.value])).toEqual([
      ['id-card', ID],
      ['mobile', '13926381234'],
    ]);
  });

  it('reads .xlsx shared strings, inline strings and values (jszip)', async () => {
    const buf = await makeXlsx(['姓名', `张某 ${ID}`, 'a &amp; b'], ['13926381234', '1234.5']);
    const text = await extractAttachmentText(buf, '名单.xlsx');
    expect(text!.split('\n')).toEqual(['姓名', `张某 ${ID}`, 'a & b', '13926381234', '1234.5', '内联 zhao@example.org']);
    expect(scanText(text!).map((f) => f.kind)).toEqual(['id-card', 'mobile', 'email']);
  });

  it('throws AttachmentReadError for a corrupt file of a readable type', async () => {
    await expect(extractAttachmentText(Buffer.from('not a zip'), '坏文件.docx')).rejects.toBeInstanceOf(AttachmentReadError);
    await expect(extractAttachmentText(Buffer.from('not a zip'), '坏文件.xlsx')).rejects.toThrow('附件“坏文件.xlsx”无法读取');
  });
});

describe('R12 PDF attachments (pdfjs-dist text layer, in a worker thread)', () => {
  it('reads the text layer of a PDF', async () => {
    const card = groupFours(makeCard('621700', 19));
    const text = await extractAttachmentText(makePdf(['Tel 13800138000', 'Mail zhang.san@example.com', `Card ${card}`]), 'scan.pdf');
    expect(text).toContain('Tel 13800138000');
    expect(scanText(text!).map((f) => [f.kind, f.value])).toEqual([
      ['mobile', '13800138000'],
      ['email', 'zhang.san@example.com'],
      ['bank-card', card],
    ]);
  }, 30_000);

  it('throws AttachmentReadError for a broken PDF', async () => {
    await expect(extractAttachmentText(Buffer.from('%PDF-1.4\nnothing here'), 'broken.pdf', undefined, { pdfTimeoutMs: 20_000 })).rejects.toBeInstanceOf(
      AttachmentReadError,
    );
  }, 30_000);
});
