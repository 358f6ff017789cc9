import { normalize } from './normalize';
import { highlightHtml, snippetHtml } from './snippet';

const q = (s: string) => normalize(s);

describe('highlightHtml (R31)', () => {
  it('marks every match and escapes the rest', () => {
    expect(highlightHtml('<扶贫> & 扶贫', q('扶贫'))).toBe('&lt;<mark>扶贫</mark>&gt; &amp; <mark>扶贫</mark>');
  });

  it('marks the original characters of a normalised match (any bracket style, full width)', () => {
    expect(highlightHtml('揭府办函〔2018〕40号', q('[2018]40'))).toBe('揭府办函〔<mark>2018〕40</mark>号');
    expect(highlightHtml('ＧＢ／Ｔ', q('gb/t'))).toBe('<mark>ＧＢ／Ｔ</mark>');
  });

  it('marks nothing when there is no match', () => {
    expect(highlightHtml('预算公开', q('扶贫'))).toBe('预算公开');
  });
});

describe('snippetHtml (R31)', () => {
  const filler = (n: number) => '政府信息公开工作要点'.repeat(n);

  it('cuts a passage around the first match, with ellipses where it is cut', () => {
    const text = filler(20) + '精准扶贫工作' + filler(20);
    const html = snippetHtml(text, q('扶贫'), { before: 10, length: 40 });
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('精准<mark>扶贫</mark>工作');
    expect(html.replace(/<\/?mark>|…/g, '').length).toBeLessThanOrEqual(40);
  });

  it('escapes HTML in the text — a <script> in a body comes back as text', () => {
    const html = snippetHtml('见<script>alert("扶贫")</script>一文', q('扶贫'));
    expect(html).toBe('见&lt;script&gt;alert(&quot;<mark>扶贫</mark>&quot;)&lt;/script&gt;一文');
    expect(html).not.toMatch(/<(?!\/?mark>)/);
  });

  it('finds a match that only exists after normalisation (full width, spaces, brackets) deep in a long text', () => {
    const text = filler(1000) + '文号：揭府办函［２０１８］４０号';
    expect(snippetHtml(text, q('〔2018〕40'))).toContain('<mark>２０１８］４０</mark>号');
    expect(snippetHtml(filler(800) + '扶 贫', q('扶贫'))).toContain('<mark>扶 贫</mark>');
  });

  it('opens the text when the query is not in it (a title-only hit)', () => {
    expect(snippetHtml('甲'.repeat(200), q('扶贫'), { length: 10 })).toBe('甲'.repeat(10) + '…');
    expect(snippetHtml('短文', q('扶贫'))).toBe('短文');
  });

  it('never cuts a surrogate pair', () => {
    const html = snippetHtml('𠀀'.repeat(100) + '扶贫', q('扶贫'), { before: 5, length: 11 });
    expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(html).toContain('<mark>扶贫</mark>');
  });

  it('collapses runs of whitespace', () => {
    expect(snippetHtml('扶贫\n\n  工作', q('扶贫'))).toBe('<mark>扶贫</mark> 工作');
  });
});
