// R12 in rich text: the scanned text, the map back to the source, and masking
// in place without disturbing markup.
import { htmlToScanText, maskHtml, scanHtml } from './html-text';
import { makeId } from './__fixtures__/identifiers';

const NOW = new Date('2024-06-30T04:00:00Z');

describe('R12 htmlToScanText', () => {
  it('decodes entities, breaks lines at blocks, reads href/title/alt, skips script/style', () => {
    const html =
      '<h2>公示</h2><p>电话&nbsp;0663&#45;8221234</p><table><tr><td>138</td><td>00138000</td></tr></table>' +
      '<img src="/uploads/a.png" alt="联系人 张某"><a href="mailto:a@b.cn" title="来信">写信</a><script>var t="13800138000"</script><style>p{}</style>尾';
    const { text } = htmlToScanText(html);
    expect(text).toBe('公示\n电话\u00a00663-8221234\n138\n00138000\n联系人 张某\nmailto:a@b.cn\n来信\n写信尾');
  });

  it('maps every text unit back to the source it came from', () => {
    const html = '<p title="T&amp;C">a&lt;b &#x31;&#51;8 <b>x</b>&copy;</p>';
    const m = htmlToScanText(html);
    for (let i = 0; i < m.text.length; i++) {
      if (m.rawStart[i] < 0) {
        expect(m.text[i]).toBe('\n');
        continue;
      }
      const raw = html.slice(m.rawStart[i], m.rawEnd[i]);
      const decoded = raw.startsWith('&') ? ({ '&amp;': '&', '&lt;': '<', '&#x31;': '1', '&#51;': '3', '&copy;': '©' } as Record<string, string>)[raw] : raw;
      expect([i, decoded]).toEqual([i, m.text[i]]);
    }
  });
});

describe('R12 scanHtml and maskHtml', () => {
  const id = makeId('445202', '19850312', '271');

  it('finds numbers split by inline tags and entities, but not across table cells', () => {
    const html = `<p>手机<strong>139</strong>2638&#49;234；证号${id}</p><table><tr><td>0663</td><td>8221234</td></tr></table>`;
    const fs = scanHtml(html, { now: NOW, field: 'body' });
    expect(fs.map((f) => [f.field, f.kind, f.value])).toEqual([
      ['body', 'mobile', '13926381234'],
      ['body', 'id-card', id],
    ]);
  });

  // The entity &#49; inside the kept part of the number is written back as the plain digit.
  it('masks in place, keeping tags, entities elsewhere and attributes', () => {
    const html = `<p class="text-center">手机<strong>139</strong>2638&#49;234，<a href="mailto:wang.xh@163.com" title="王某 13800138000">写信</a>；身份证&nbsp;${id}</p>`;
    const out = maskHtml(html, undefined, { now: NOW });
    expect(out).toBe(
      `<p class="text-center">手机<strong>139</strong>****1234，<a href="mailto:w***@163.com" title="王某 138****8000">写信</a>；身份证&nbsp;445202********${id.slice(14)}</p>`,
    );
    expect(scanHtml(out, { now: NOW })).toEqual([]);
    expect(maskHtml(out, undefined, { now: NOW })).toBe(out);
  });

  it('escapes nothing it did not write, and writes only mask characters', () => {
    const html = '<p>a &amp; b 13800138000 &lt;x&gt;</p>';
    expect(maskHtml(html)).toBe('<p>a &amp; b 138****8000 &lt;x&gt;</p>');
  });

  it('masks an e-mail split across inline tags (different length) without breaking the markup', () => {
    const html = '<p>邮箱 <em>zhang</em>san@example.com。</p>';
    expect(scanHtml(html).map((f) => f.value)).toEqual(['zhangsan@example.com']);
    expect(maskHtml(html)).toBe('<p>邮箱 <em>z***@example.com</em>。</p>');
  });

  it('uses given findings and skips stale ones', () => {
    const html = '<p>13800138000 与 13900139000</p>';
    const [first, second] = scanHtml(html);
    expect(maskHtml(html, [second])).toBe('<p>13800138000 与 139****9000</p>');
    expect(maskHtml('<p>x13800138000 与 13900139000</p>', [first])).toBe('<p>x13800138000 与 13900139000</p>');
  });
});
