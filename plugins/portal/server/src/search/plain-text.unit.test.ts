import { decodeEntities, toPlainText } from './plain-text';

describe('toPlainText (R31)', () => {
  it('removes markup and the content of script/style, decodes entities', () => {
    expect(toPlainText('<p>精准<b>扶贫</b></p><script>alert(1)</script><style>p{}</style><p>A&amp;B&nbsp;&lt;x&gt;</p>')).toBe('精准扶贫\nA&B <x>');
  });

  it('turns block elements into line breaks so cells and paragraphs never run together', () => {
    expect(toPlainText('<table><tr><td>扶贫</td><td>办</td></tr></table>')).toBe('扶贫\n办');
    expect(toPlainText('一<br>二<br/>三')).toBe('一\n二\n三');
  });

  it('keeps text of Markdown links and drops heading and emphasis markers', () => {
    expect(toPlainText('## 标题\n**重点**见[通知](https://x.gov.cn/a)。\n- 事项')).toBe('标题\n重点见通知。\n事项');
  });

  it('decodes numeric entities and leaves unknown or invalid ones as text', () => {
    expect(decodeEntities('&#25206;&#x8d2b;&bogus;&#xD800;')).toBe('扶贫&bogus;&#xD800;');
  });

  it('is empty for nothing', () => {
    expect(toPlainText(null)).toBe('');
    expect(toPlainText('<p> </p>')).toBe('');
  });
});
