// R13 unit tests: the shared allow-list, the XSS corpus through sanitizeRichText,
// idempotence, and that ordinary government content survives untouched.
import { type SanitizeOptions, sanitizeRichText, RICH_TEXT_ALLOW_LIST, ALIGN_CLASSES, escapeHtml, checkLinkHref, checkUploadSrc, checkVideoSrc, normalizeUrl } from './index';
import { XSS_CORPUS, marker } from '../test/xss-corpus';
import { findExecutableConstructs, findAllowListViolations } from '../test/static-check';

const safeDecodeUri = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const VIDEO = { videoHosts: ['player.bilibili.com', 'www.youtube-nocookie.com'] };

// Where htmlparser2 (used by sanitize-html and by our static checker) reads a
// raw payload differently from a browser's HTML5 parser, the raw-side check
// cannot see the danger. Listed exactly, so a new blind spot fails the test;
// the parser-independent canonical-form check on the *output* covers them.
const HTMLPARSER2_BLIND_SPOTS = [
  'cdata-in-html', // browsers end "<![CDATA[" in HTML at the first ">" (bogus comment)
  'comment-bang-close', // browsers end a comment at "--!>"
  'js-href-hex-no-semicolon', // browsers decode "&#x6a" without ";" in attributes
  'js-href-padded-dec-no-semicolon', // same for "&#0000106"
].sort();

describe('R13 XSS corpus', () => {
  it('has at least 120 payloads with unique ids, each using the execution marker', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(120);
    const ids = XSS_CORPUS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of XSS_CORPUS) {
      expect(p.html.length).toBeGreaterThan(0);
      // Either the id appears literally, or an encoded marker decodes to it.
      const decoded = p.html
        .replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)));
      const viaB64 = [...p.html.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1], 'base64').toString());
      const viaB64Call = [...p.html.matchAll(/atob\('([^']+)'\)/g)].map((m) => Buffer.from(m[1], 'base64').toString());
      const viaCharCode = [...p.html.matchAll(/fromCharCode\(([\d,]+)\)/g)].map((m) => String.fromCharCode(...m[1].split(',').map(Number)));
      const viaHex = [...p.html.matchAll(/eval\('((?:\\x[0-9a-f]{2})+)'\)/g)].map((m) => m[1].replace(/\\x([0-9a-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))));
      const texts = [p.html, decoded, safeDecodeUri(p.html), ...viaB64, ...viaB64Call, ...viaCharCode, ...viaHex];
      expect([p.id, texts.some((t) => t.includes(p.id))]).toEqual([p.id, true]);
    }
  });

  it('every raw payload that can run in a browser is flagged by the static checker (so the checker can fail)', () => {
    const missed = XSS_CORPUS.filter((p) => !p.rawInert)
      .filter((p) => findExecutableConstructs(`<div>${p.html}</div>`).length === 0)
      .map((p) => p.id)
      .sort();
    expect(missed).toEqual(HTMLPARSER2_BLIND_SPOTS);
  });

  describe.each<[string, SanitizeOptions]>([
    ['default options', {}],
    ['with video hosts', VIDEO],
    ['with an absolute https uploads prefix', { uploadsPrefix: 'https://www.example.gov.cn/uploads/' }],
  ])('after sanitizeRichText (%s)', (_label, opts) => {
    it.each(XSS_CORPUS.map((p) => [p.id, p.html] as const))('%s: nothing executable remains', (_id, html) => {
      const out = sanitizeRichText(html, opts);
      expect(findExecutableConstructs(out, opts)).toEqual([]);
      expect(findAllowListViolations(out, opts)).toEqual([]);
      expect(out).not.toMatch(/<\s*\/?\s*(script|svg|math|style|object|embed|base|meta|form|iframe|noscript|textarea|title|xmp|template)\b/i);
    });

    it('is idempotent on every payload', () => {
      const notIdempotent = XSS_CORPUS.filter((p) => {
        const once = sanitizeRichText(p.html, opts);
        return sanitizeRichText(once, opts) !== once;
      }).map((p) => p.id);
      expect(notIdempotent).toEqual([]);
    });
  });

  it('keeps encoded markup as text rather than decoding it into markup', () => {
    const p = XSS_CORPUS.find((x) => x.id === 'mxss-encoded-script-in-p')!;
    expect(sanitizeRichText(p.html)).toBe(`<p>&lt;script&gt;${marker(p.id)}&lt;/script&gt;</p>`);
  });
});

describe('R13 allowed content survives', () => {
  it('keeps Chinese text, punctuation and entities exactly', () => {
    const html = '<p>揭府办函〔2018〕40号：各县（市、区）人民政府，“十三五”规划；金额 1,234,567.89 元 &amp; 其他。</p>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('keeps tables with numeric colspan/rowspan/scope and drops anything else on cells', () => {
    const html =
      '<table><caption>任务分解表</caption><thead><tr><th scope="col">序号</th><th colspan="2" scope="col">工作任务</th></tr></thead>' +
      '<tbody><tr><td rowspan="2">1</td><td>推进决策公开</td><td class="text-center">市政府办</td></tr></tbody></table>';
    expect(sanitizeRichText(html)).toBe(html);
    expect(sanitizeRichText('<table><tr><td colspan="2x" rowspan="0" width="100" bgcolor="red" id="a">x</td><th scope="evil">y</th></tr></table>')).toBe(
      '<table><tr><td>x</td><th>y</th></tr></table>',
    );
    expect(sanitizeRichText('<td colspan="1001">x</td>')).toBe('<td>x</td>');
  });

  it('keeps headings h2–h6, lists, quotes, inline emphasis; renames h1 to h2', () => {
    const html =
      '<h2>一、总体要求</h2><h3>（一）</h3><h6>注</h6><ol start="3"><li><strong>重点</strong><em>强调</em><b>粗</b><i>斜</i><u>下划线</u>H<sub>2</sub>O x<sup>2</sup></li></ol>' +
      '<ul><li>甲</li></ul><blockquote><p>引文</p></blockquote><hr /><p>行一<br />行二</p>';
    expect(sanitizeRichText(html)).toBe(html);
    expect(sanitizeRichText('<h1 class="text-center">通知</h1>')).toBe('<h2 class="text-center">通知</h2>');
  });

  it('keeps only allow-listed classes and never a style attribute', () => {
    expect(sanitizeRichText('<p class="text-right evil text-right" style="color:red">落款</p>')).toBe('<p class="text-right">落款</p>');
    expect(sanitizeRichText('<p class="evil">x</p>')).toBe('<p>x</p>');
    expect(sanitizeRichText('<strong class="text-center">x</strong>')).toBe('<strong>x</strong>');
  });

  it('keeps http/https/mailto/site-relative links; external ones get rel=noopener noreferrer; target only _blank', () => {
    expect(sanitizeRichText('<a href="https://www.gov.cn/zhengce/" target="_blank">国务院</a>')).toBe(
      '<a href="https://www.gov.cn/zhengce/" target="_blank" rel="noopener noreferrer">国务院</a>',
    );
    expect(sanitizeRichText('<a href="http://www.jieyang.gov.cn/" target="_parent" rel="opener">揭阳</a>')).toBe(
      '<a href="http://www.jieyang.gov.cn/" rel="noopener noreferrer">揭阳</a>',
    );
    expect(sanitizeRichText('<a href="/notices/jiefubanhan-2018-40" title="通知">站内</a>')).toBe(
      '<a href="/notices/jiefubanhan-2018-40" title="通知">站内</a>',
    );
    expect(sanitizeRichText('<a href="#part-2">跳转</a><a href="?page=2">下一页</a>')).toBe('<a href="#part-2">跳转</a><a href="?page=2">下一页</a>');
    expect(sanitizeRichText('<a href="MAILTO:xxgk@example.gov.cn">信箱</a>')).toBe('<a href="mailto:xxgk@example.gov.cn">信箱</a>');
    expect(sanitizeRichText('<a href="https://www.jieyang.gov.cn/a">站内</a>', { siteHosts: ['www.jieyang.gov.cn'] })).toBe(
      '<a href="https://www.jieyang.gov.cn/a">站内</a>',
    );
  });

  it('refuses protocol-relative, backslash, credential and other-scheme links but keeps the link text', () => {
    for (const href of ['//evil.example/x', '/\\evil.example', 'https://www.gov.cn@evil.example/', 'ftp://x.example/', 'tel:13800138000', 'file:///etc/passwd', 'https://', 'mailto:']) {
      expect(sanitizeRichText(`<a href="${href}">文字</a>`)).toBe('文字');
    }
  });

  it('keeps images only from the uploads prefix, with alt/width/height', () => {
    expect(sanitizeRichText('<img src="/uploads/tu_jie_2018_ab12.png" alt="图解" width="640" height="480" loading="lazy">')).toBe(
      '<img src="/uploads/tu_jie_2018_ab12.png" alt="图解" width="640" height="480" />',
    );
    expect(sanitizeRichText('<figure class="text-center"><img src="/uploads/a.jpg"><figcaption>图1</figcaption></figure>')).toBe(
      '<figure class="text-center"><img src="/uploads/a.jpg" alt="" /><figcaption>图1</figcaption></figure>',
    );
    for (const src of [
      'https://evil.example/uploads/a.png', '//evil.example/uploads/a.png', '/uploads/../admin/a.png', '/uploads/%2e%2e/a.png',
      '/uploads//evil.example/a.png', '/static/a.png', '/uploads/', 'uploads/a.png',
    ]) {
      expect(sanitizeRichText(`<p><img src="${src}" alt="x">文字</p>`)).toBe('<p>文字</p>');
    }
    expect(sanitizeRichText('<img src="/uploads/a.png" onerror="x" alt="y">')).toBe('<img src="/uploads/a.png" alt="y" />');
    expect(sanitizeRichText('<img src="/uploads/a.png" width="100%" height="-1">')).toBe('<img src="/uploads/a.png" alt="" />');
    expect(sanitizeRichText('<img src="/media/a.png">', { uploadsPrefix: '/media/' })).toBe('<img src="/media/a.png" alt="" />');
  });

  it('keeps video iframes only from configured https hosts, always sandboxed, and drops their content', () => {
    const ok = sanitizeRichText('<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx" width="640" height="360" sandbox="allow-top-navigation allow-forms" srcdoc="x" allow="camera">备用</iframe>', VIDEO);
    expect(ok).toMatch(/^<iframe src="https:\/\/player\.bilibili\.com\/player\.html\?bvid=BV1xx" title="视频" width="640" height="360" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen="">/);
    expect(ok).not.toMatch(/allow-top-navigation|allow-forms|srcdoc|camera/);
    for (const src of [
      'http://player.bilibili.com/player.html', 'https://player.bilibili.com.evil.example/', 'https://player.bilibili.com@evil.example/',
      'https://evil.example/?https://player.bilibili.com', 'https://player.bilibili.com:8443/', '//player.bilibili.com/x', '/uploads/a.html',
    ]) {
      expect(sanitizeRichText(`<p>前<iframe src="${src}">内</iframe>后</p>`, VIDEO)).toBe('<p>前后</p>');
    }
    // Without configured hosts no iframe survives at all.
    expect(sanitizeRichText('<iframe src="https://player.bilibili.com/player.html"></iframe>')).toBe('');
  });

  it('is idempotent on mixed real-world content', () => {
    const html =
      '<h1>关于印发2018年政务公开工作要点的通知</h1><p class="text-center">揭府办函〔2018〕40号</p><p>各县（市、区）：<br>现印发给你们。<p>' +
      '<table><tr><td colspan=2>一、<b>加强<i>解读</b></i></td></tr></table><a href=" https://www.gov.cn/ " target=_BLANK>链接</a>' +
      '<ul><li>一<li>二</ul><img src="/uploads/a.png" alt="a &amp; b &quot;c&quot;">&nbsp;&copy; 2018 <span>x</span><div>y</div>';
    const once = sanitizeRichText(html, VIDEO);
    expect(sanitizeRichText(once, VIDEO)).toBe(once);
    expect(once).toContain('<h2>关于印发2018年政务公开工作要点的通知</h2>');
  });

  it('is idempotent on deterministic random mixes of corpus fragments and allowed markup', () => {
    let seed = 20180629;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const parts = [
      ...XSS_CORPUS.map((p) => p.html),
      '<p>', '</p>', '<table><tr><td colspan="2">', '</td></tr></table>', '<a href="/x">', '</a>', '<ul><li>', '</li></ul>',
      '政务公开', ' & ', '<', '>', '"', "'", '<!--', '-->', '<img src="/uploads/a.png" alt="', '">', '<strong>', '</em>',
    ];
    const failures: string[] = [];
    for (let i = 0; i < 300; i++) {
      const html = Array.from({ length: 1 + rand(6) }, () => parts[rand(parts.length)]).join('');
      const once = sanitizeRichText(html, VIDEO);
      if (sanitizeRichText(once, VIDEO) !== once) failures.push(html);
      const problems = [...findExecutableConstructs(once, VIDEO), ...findAllowListViolations(once, VIDEO)];
      if (problems.length) failures.push(`${html} -> ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('R13 allow-list constant and helpers', () => {
  it('contains no tag or attribute that can run code, and no h1', () => {
    for (const t of ['script', 'style', 'svg', 'math', 'object', 'embed', 'form', 'input', 'base', 'meta', 'link', 'h1', 'div', 'span']) {
      expect(RICH_TEXT_ALLOW_LIST.tags).not.toContain(t);
    }
    for (const attrs of Object.values(RICH_TEXT_ALLOW_LIST.attributes)) {
      for (const a of attrs) {
        expect(a).not.toMatch(/^on|^style$|srcdoc|srcset|formaction|action|xlink/);
      }
    }
    expect(RICH_TEXT_ALLOW_LIST.linkSchemes).toEqual(['http', 'https', 'mailto']);
    expect(ALIGN_CLASSES).toEqual(['text-left', 'text-center', 'text-right']);
    expect(Object.isFrozen(RICH_TEXT_ALLOW_LIST)).toBe(true);
  });

  it('escapeHtml escapes the five HTML specials and backtick', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml('政务公开 2018')).toBe('政务公开 2018');
    expect(escapeHtml(null)).toBe('');
  });

  it('the URL policy layer decides on its own (sanitize-html checks again after it)', () => {
    const hosts = ['player.bilibili.com'];
    expect(checkVideoSrc('https://player.bilibili.com/x', hosts)).toBe('https://player.bilibili.com/x');
    expect(checkVideoSrc('https://PLAYER.bilibili.com/x', hosts)).toBe('https://PLAYER.bilibili.com/x');
    expect(checkVideoSrc('https://evil.example/x', hosts)).toBeNull();
    expect(checkVideoSrc('https://player.bilibili.com.evil.example/x', hosts)).toBeNull();
    expect(checkVideoSrc('http://player.bilibili.com/x', hosts)).toBeNull();
    expect(checkVideoSrc('https://player.bilibili.com/x', [])).toBeNull();
    expect(checkUploadSrc('/uploads/a.png', '/uploads/')).toBe('/uploads/a.png');
    expect(checkUploadSrc('/uploads/../a.png', '/uploads/')).toBeNull();
    expect(checkUploadSrc('https://cdn.example.gov.cn/uploads/a.png', 'https://cdn.example.gov.cn/uploads/')).toBe('https://cdn.example.gov.cn/uploads/a.png');
    expect(checkUploadSrc('/uploads/a.png', '//cdn.example/uploads/')).toBeNull();
    expect(checkLinkHref('https://www.gov.cn@evil.example/')).toBeNull();
    expect(checkLinkHref('data:text/html,x')).toBeNull();
    expect(checkLinkHref('//evil.example')).toBeNull();
    expect(checkLinkHref('notices/1')).toEqual({ href: 'notices/1', kind: 'internal' });
    expect(checkLinkHref('https://a.example/', ['a.example'])).toEqual({ href: 'https://a.example/', kind: 'internal' });
  });

  it('normalizeUrl strips tab/newline anywhere and C0/space at the ends, like a browser', () => {
    expect(normalizeUrl(' \u0001java\tscr\nipt:x ')).toBe('javascript:x');
    expect(normalizeUrl('JAVASCRIPT:x')).toBe('javascript:x');
    expect(normalizeUrl('java\u0000script:x')).toBeNull();
    expect(checkLinkHref('java\tscript:__xss(1)')).toBeNull();
  });
});
