// R13: XSS payload corpus written for Gongkai, in the style of the OWASP XSS
// Filter Evasion Cheat Sheet. Every payload that manages to run calls
//   window.__xss('<its id>')                      (same-origin contexts), or
//   parent.postMessage('__xss:<its id>', '*')     (opaque-origin frames),
// so a browser harness can tell exactly which payload executed. No alert().
//
// In the templates below, `$M` is replaced by the marker call __xss('<id>') and
// `$ID` by the bare id; encoders produce entity/escape variants of the marker.

export type XssCategory =
  | 'script'
  | 'event-handler'
  | 'js-url'
  | 'data-url'
  | 'svg'
  | 'mathml'
  | 'embed-nav'
  | 'style'
  | 'attribute-quoting'
  | 'malformed'
  | 'mutation'
  | 'encoding'
  | 'template';

export interface XssPayload {
  id: string;
  html: string;
  category: XssCategory;
  /**
   * True when the raw, unsanitised payload does not execute in current
   * headless Chromium: plain text, filter-evasion strings that only fool naive
   * filters, vectors for legacy/IE/Firefox or a client-side template engine,
   * navigations Chromium blocks (top-level data:, javascript: in meta refresh,
   * base, object, embed), and mutation-XSS strings that need a sanitiser's
   * serialise-and-reparse round trip. They stay in the corpus because other
   * browsers or contexts run them. Every other payload was seen executing raw
   * in Chromium 2025 through ./xss-browser-harness — a browser test can assert
   * exactly that set as its sanity check. The unit test uses the same flag to
   * check that its static detector flags every executing raw payload.
   */
  rawInert?: boolean;
}

/** The marker call for a payload id. */
export const marker = (id: string): string => `__xss('${id}')`;

const decEntities = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
const hexEntities = (s: string) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');
const paddedDecNoSemi = (s: string) => [...s].map((c) => `&#${String(c.codePointAt(0)).padStart(7, '0')}`).join('');
const hexNoSemi = (s: string) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16)}`).join('');
const jsUnicode = (s: string) => [...s].map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('');
const jsHex = (s: string) => [...s].map((c) => `\\x${c.codePointAt(0)!.toString(16).padStart(2, '0')}`).join('');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const charCodes = (s: string) => [...s].map((c) => c.codePointAt(0)).join(',');

type Template = string | ((id: string) => string);

const corpus: XssPayload[] = [];

// Seen not to execute raw in headless Chromium (see rawInert above).
const INERT_IN_CHROMIUM = new Set([
  // legacy / other-browser vectors
  'on-marquee-onstart', 'attr-backtick-quoted', 'isindex-image', 'link-import', 'math-href-js',
  'math-maction-xlink', 'math-a-href-js', 'svg-animate-href-js', 'svg-use-data',
  // navigations Chromium blocks
  'js-href-target-blank', 'js-object-data', 'js-embed-src', 'object-html-js', 'portal-like-embed',
  'data-href-html', 'data-href-base64', 'data-href-upper', 'meta-refresh-js', 'meta-refresh-data', 'base-href-js',
  // the HTML parser neutralises them in this position
  'js-href-null-in-scheme', 'svg-cdata-script', 'frameset-onload', 'unclosed-div',
  // mutation XSS needing a sanitiser round trip
  'math-mglyph-style', 'mxss-form-math-mglyph', 'mxss-template-style', 'mxss-select-template', 'mxss-plaintext',
]);

function add(category: XssCategory, id: string, template: Template, rawInert = INERT_IN_CHROMIUM.has(id)): void {
  const html =
    typeof template === 'function' ? template(id) : template.replace(/\$M/g, marker(id)).replace(/\$ID/g, id);
  corpus.push(rawInert ? { id, html, category, rawInert } : { id, html, category });
}

// ---------------------------------------------------------------- script tags
add('script', 'script-plain', '<script>$M</script>');
add('script', 'script-upper', '<SCRIPT>$M</SCRIPT>');
add('script', 'script-mixed-case', '<ScRiPt >$M</sCrIpT >');
add('script', 'script-slash-attr', '<script/gk>$M</script>');
add('script', 'script-newline-in-tag', '<script\n>$M</script\n>');
add('script', 'script-double-open', '<<script>$M;//<</script>');
// Inert in a browser; defeats filters that strip "<script>" only once.
add('script', 'script-split-keyword', '<scr<script>ipt>$M</scr</script>ipt>', true);
add('script', 'script-module', '<script type="module">$M</script>');
add('script', 'script-js-hex-escapes', (id) => `<script>eval('${jsHex(marker(id))}')</script>`);
add('script', 'script-bracket-access', "<script>window['__x'+'ss']('$ID')</script>");
add('script', 'script-inside-p', '<p>政务公开<script>$M</script></p>');
add('script', 'script-src-data', (id) => `<script src="data:text/javascript,${encodeURIComponent(marker(id))}"></script>`);
add('script', 'script-close-then-open', '</script><script>$M</script>');
add('script', 'script-in-table-cell', '<table><tr><td><script>$M</script></td></tr></table>');
add('script', 'script-charcode', (id) => `<script>eval(String.fromCharCode(${charCodes(marker(id))}))</script>`);

// ------------------------------------------------------------ event handlers
// Handlers on many tags; those that need a user gesture are fired by the
// harness's interaction sweep (hover/focus/click on every element).
const handlerCases: [string, string][] = [
  ['img-onerror', '<img src=x onerror=$M>'],
  ['img-upload-onerror', '<img src="/uploads/missing-file.png" onerror="$M">'],
  ['img-upload-onload', '<img src="/uploads/real-image.png" onload="$M" alt="图">'],
  ['image-alias-onerror', '<image src=x onerror=$M>'],
  ['img-slash-separators', '<img/src="x"/onerror=$M>'],
  ['img-spaces-around-eq', '<img src=x onerror  =  "$M">'],
  ['img-upper-handler', '<IMG SRC=x ONERROR="$M">'],
  ['img-handler-js-label', '<img src=x onerror="javascript:$M">'],
  ['img-onerror-this-null', '<img src=x onerror="this.onerror=null;$M">'],
  ['img-onerror-top', "<img src=x onerror=\"top['__xss']('$ID')\">"],
  ['img-srcset-onerror', '<img srcset="x 1x" onerror="$M">'],
  ['body-onload', '<body onload="$M">'],
  ['body-onpageshow', '<body onpageshow="$M">'],
  ['svg-onload-attr', '<svg onload="$M"></svg>'],
  ['input-autofocus-onfocus', '<input autofocus onfocus="$M">'],
  ['input-image-onerror', '<input type="image" src="x" onerror="$M">'],
  ['select-autofocus-onfocus', '<select autofocus onfocus="$M"><option>1</option></select>'],
  ['textarea-autofocus-onfocus', '<textarea autofocus onfocus="$M"></textarea>'],
  ['details-ontoggle', '<details open ontoggle="$M"><summary>展开</summary>内容</details>'],
  ['video-onerror', '<video src="x" onerror="$M"></video>'],
  ['audio-onerror', '<audio src="x" onerror="$M"></audio>'],
  ['video-source-onerror', '<video><source src="x" onerror="$M"></video>'],
  ['iframe-onload', '<iframe onload="$M"></iframe>'],
  ['object-onerror', '<object data="x" onerror="$M"></object>'],
  ['marquee-onstart', '<marquee onstart="$M">滚动</marquee>'],
  ['style-onload', '<style onload="$M"></style>'],
  ['link-onerror', '<link rel="stylesheet" href="x" onerror="$M">'],
  ['div-tabindex-autofocus', '<div tabindex="1" autofocus onfocus="$M">x</div>'],
  ['p-onmouseover', '<p onmouseover="$M">把鼠标移到这里</p>'],
  ['p-onclick', '<p onclick="$M">点击</p>'],
  ['h2-onmouseenter', '<h2 onmouseenter="$M">标题</h2>'],
  ['a-onmouseover', '<a href="/notices/1" onmouseover="$M">通知</a>'],
  ['td-onmouseover', '<table><tr><td onmouseover="$M">单元格</td></tr></table>'],
  ['li-onclick', '<ul><li onclick="$M">第一项</li></ul>'],
  ['strong-onpointerover', '<strong onpointerover="$M">重要</strong>'],
  ['blockquote-onfocus', '<blockquote tabindex="0" autofocus onfocus="$M">引用</blockquote>'],
  ['custom-element-onclick', '<gk-x onclick="$M">自定义</gk-x>'],
  ['div-ondragstart', '<div draggable="true" ondragstart="$M">拖动</div>'],
  ['p-contenteditable-onfocus', '<p contenteditable autofocus onfocus="$M">编辑</p>'],
  ['animation-start', '<style>@keyframes gk{from{color:red}to{color:blue}}</style><p style="animation:gk 1s" onanimationstart="$M">动画</p>'],
  ['a-onfocus-tabindex', '<a href="/x" tabindex="0" autofocus onfocus="$M">焦点</a>'],
  ['form-button-onclick', '<form><button onclick="$M;return false">提交</button></form>'],
];
for (const [name, tpl] of handlerCases) add('event-handler', `on-${name}`, tpl);

// ------------------------------------------------------------ javascript: URLs
const js = (id: string) => `javascript:${marker(id)}`;
add('js-url', 'js-href-plain', '<a href="javascript:$M">点击</a>');
add('js-url', 'js-href-mixed-case', '<a href="JaVaScRiPt:$M">点击</a>');
add('js-url', 'js-href-leading-space', '<a href=" javascript:$M">点击</a>');
add('js-url', 'js-href-tab-entity', '<a href="java&#x09;script:$M">点击</a>');
add('js-url', 'js-href-newline-entity', '<a href="java&#x0A;script:$M">点击</a>');
add('js-url', 'js-href-cr-entity', '<a href="java&#x0D;script:$M">点击</a>');
add('js-url', 'js-href-raw-tab', '<a href="java\tscript:$M">点击</a>');
add('js-url', 'js-href-raw-newline', '<a href="java\nscript:$M">点击</a>');
add('js-url', 'js-href-dec-entities', (id) => `<a href="${decEntities(js(id))}">点击</a>`);
add('js-url', 'js-href-hex-entities', (id) => `<a href="${hexEntities(js(id))}">点击</a>`);
add('js-url', 'js-href-padded-dec-no-semicolon', (id) => `<a href="${paddedDecNoSemi('javascript:')}${marker(id)}">点击</a>`);
add('js-url', 'js-href-hex-no-semicolon', (id) => `<a href="${hexNoSemi('javascript:')}${marker(id)}">点击</a>`);
add('js-url', 'js-href-colon-entity', '<a href="javascript&colon;$M">点击</a>');
add('js-url', 'js-href-tab-named-entity', '<a href="javas&Tab;cript:$M">点击</a>');
add('js-url', 'js-href-leading-control', '<a href="\u0001javascript:$M">点击</a>');
add('js-url', 'js-href-leading-entity-14', '<a href="&#14;javascript:$M">点击</a>');
add('js-url', 'js-href-null-in-scheme', '<a href="java\u0000script:$M">点击</a>');
add('js-url', 'js-href-target-blank', '<a href="javascript:$M" target="_blank">新窗口</a>');
add('js-url', 'js-href-comment-newline', '<a href="javascript://%0a$M">点击</a>');
add('js-url', 'js-href-unquoted', '<a href=javascript:$M>点击</a>');
add('js-url', 'js-href-js-unicode', (id) => `<a href="javascript:${jsUnicode('__xss')}('${id}')">点击</a>`);
add('js-url', 'js-href-wrapping-img', '<a href="javascript:$M"><img src="/uploads/a.png" alt="图"></a>');
add('js-url', 'js-iframe-src', '<iframe src="javascript:$M"></iframe>');
add('js-url', 'js-form-action', '<form action="javascript:$M"><button type="submit">提交</button></form>');
add('js-url', 'js-button-formaction', '<form><button formaction="javascript:$M">提交</button></form>');
add('js-url', 'js-object-data', '<object data="javascript:$M"></object>');
add('js-url', 'js-embed-src', '<embed src="javascript:$M">');
add('js-url', 'js-img-src', '<img src="javascript:$M">', true);
add('js-url', 'js-vbscript', "<a href=\"vbscript:__xss('$ID')\">点击</a>", true);
add('js-url', 'js-percent-encoded-scheme', '<a href="%6A%61vascript:$M">点击</a>', true);

// --------------------------------------------------------------- data: URLs
const pm = (id: string) => `parent.postMessage('__xss:${id}','*')`;
add('data-url', 'data-href-html', (id) => `<a href="data:text/html,<script>${pm(id)}</script>">打开</a>`);
add('data-url', 'data-href-base64', (id) => `<a href="data:text/html;base64,${b64(`<script>${pm(id)}</script>`)}">打开</a>`);
add('data-url', 'data-href-upper', (id) => `<a href="DATA:text/html,<script>${pm(id)}</script>">打开</a>`);
add('data-url', 'data-iframe-src', (id) => `<iframe src="data:text/html,<script>${pm(id)}</script>"></iframe>`);
add('data-url', 'data-object', (id) => `<object data="data:text/html;base64,${b64(`<script>${pm(id)}</script>`)}"></object>`);
add('data-url', 'data-embed-svg', (id) => `<embed src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${pm(id)}"/>`)}">`);
add('data-url', 'data-img-svg', (id) => `<img src="data:image/svg+xml,<svg onload=${marker(id)}>">`, true);
add('data-url', 'data-img-srcset', (id) => `<img src="/uploads/a.png" srcset="data:text/html,<script>${pm(id)}</script> 2x">`, true);
add('data-url', 'data-iframe-srcdoc', '<iframe srcdoc="<script>parent.$M</script>"></iframe>');
add('data-url', 'data-iframe-srcdoc-entities', "<iframe srcdoc=\"&lt;img src=x onerror=parent.__xss('$ID')&gt;\"></iframe>");

// -------------------------------------------------------------------- SVG
add('svg', 'svg-self-closing-onload', '<svg/onload=$M>');
add('svg', 'svg-script', '<svg><script>$M</script></svg>');
add('svg', 'svg-script-href-data', (id) => `<svg><script href="data:,${encodeURIComponent(marker(id))}"></script></svg>`);
add('svg', 'svg-animate-onbegin', '<svg><animate onbegin="$M" attributeName="x" dur="1s"></animate></svg>');
add('svg', 'svg-set-onbegin', '<svg><set onbegin="$M" attributeName="x" to="1"></set></svg>');
add('svg', 'svg-animate-href-js', '<svg><a><animate attributeName="href" values="javascript:$M"/><text x="20" y="20">点击</text></a></svg>');
add('svg', 'svg-a-xlink-js', '<svg><a xlink:href="javascript:$M"><text x="20" y="20">点击</text></a></svg>');
add('svg', 'svg-foreignobject-img', '<svg><foreignObject><img src=x onerror="$M"></foreignObject></svg>');
add('svg', 'svg-image-onerror', '<svg><image href="x" onerror="$M"/></svg>');
add('svg', 'svg-style-markup', '<svg><style><img src=x onerror="$M"></style></svg>');
add('svg', 'svg-use-data', (id) => `<svg><use href="data:image/svg+xml;base64,${b64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="${marker(id)}"/></svg>`)}#x"/></svg>`);
add('svg', 'svg-cdata-script', '<svg><desc><![CDATA[</desc><script>$M</script>]]></svg>');

// ----------------------------------------------------------------- MathML
add('mathml', 'math-mglyph-style', '<math><mtext><table><mglyph><style><img src=x onerror="$M">');
add('mathml', 'math-href-js', '<math href="javascript:$M"><mi>点击</mi></math>');
add('mathml', 'math-maction-xlink', '<math><maction actiontype="statusline" xlink:href="javascript:$M">点击</maction></math>');
add('mathml', 'math-a-href-js', '<math><a href="javascript:$M">点击</a></math>');
add('mathml', 'math-mtext-svg-style', '<math><mtext><mglyph><svg><mtext><style><path id="</style><img onerror=$M src>">');

// ----------------------------------------- embedding / navigation elements
add('embed-nav', 'meta-refresh-js', '<meta http-equiv="refresh" content="0;url=javascript:$M">');
add('embed-nav', 'meta-refresh-data', (id) => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${b64(`<script>${pm(id)}</script>`)}">`);
add('embed-nav', 'base-href-js', '<base href="javascript:$M//"><a href="/notice">点击</a>');
add('embed-nav', 'object-html-js', '<object type="text/html" data="javascript:$M"></object>');
add('embed-nav', 'frameset-onload', '<frameset onload="$M"><frame src="x"></frameset>');
add('embed-nav', 'link-import', (id) => `<link rel="import" href="data:text/html,<script>${pm(id)}</script>">`);
add('embed-nav', 'isindex-image', '<isindex type="image" src="x" onerror="$M">');
add('embed-nav', 'form-input-image-formaction', '<form><input type="image" src="/uploads/a.png" formaction="javascript:$M"></form>');
add('embed-nav', 'iframe-srcdoc-nested', "<iframe srcdoc=\"<iframe srcdoc='<script>top.__xss(&quot;$ID&quot;)</script>'></iframe>\"></iframe>");
add('embed-nav', 'portal-like-embed', '<embed type="text/html" src="javascript:$M">');

// -------------------------------------------------------------------- style
add('style', 'style-attr-url-js', "<p style=\"background:url('javascript:$M')\">背景</p>", true);
add('style', 'style-attr-expression', '<p style="width:expression($M)">IE</p>', true);
add('style', 'style-attr-escaped-expression', '<p style="x:\\65xpression($M)">IE</p>', true);
add('style', 'style-attr-behavior', '<p style="behavior:url(/uploads/$ID.htc)">IE</p>', true);
add('style', 'style-import-js', "<style>@import 'javascript:$M';</style>", true);
add('style', 'style-rule-url-js', '<style>p{background:url("javascript:$M")}</style>', true);
add('style', 'style-then-img', '<style>p{color:red}</style><img src=x onerror="$M">');
add('style', 'style-moz-binding', "<style>p{-moz-binding:url('data:text/xml,$ID')}</style>", true);

// ---------------------------------------------- quoting / attribute tricks
add('attribute-quoting', 'attr-entity-parens', "<img src=x onerror=__xss&#40;'$ID'&#41;>");
add('attribute-quoting', 'attr-backtick-call', '<img src=x onerror=__xss`$ID`>');
add('attribute-quoting', 'attr-backtick-quoted', '<img src=`x` onerror=`$M`>');
add('attribute-quoting', 'attr-triple-quote', '<img """><script>$M</script>">');
// Markup inside attribute values is inert in a browser; these defeat regex filters.
add('attribute-quoting', 'attr-markup-in-title', '<p title="</p><img src=x onerror=$M>">文字</p>', true);
add('attribute-quoting', 'attr-single-quoted-breakout', '<a title=\'"><img src=x onerror=__xss`$ID`>\' href="/x">链接</a>', true);
add('attribute-quoting', 'attr-unclosed-tag', '<img src=x onerror=$M//');
add('attribute-quoting', 'attr-missing-close-quote', '<img src=x onerror="$M"');
add('attribute-quoting', 'attr-duplicate-handlers', '<img src=x onerror="$M" onerror="void 0">');
add('attribute-quoting', 'attr-equals-before-name', '<img src=x =gk onerror=$M>');
add('attribute-quoting', 'attr-alt-with-markup', '<img src="/uploads/a.png" alt="&quot;&gt;&lt;img src=x onerror=$M&gt;">', true);

// ------------------------- malformed nesting, comments, CDATA, doctype etc.
add('malformed', 'comment-breakout-in-attr', '<!--<img src="--><img src=x onerror=$M//">');
add('malformed', 'comment-bang-close', '<!-- --!><img src=x onerror=$M>');
add('malformed', 'comment-empty-short', '<!--><img src=x onerror=$M>-->');
add('malformed', 'cdata-in-html', '<![CDATA[><img src=x onerror=$M>]]>');
add('malformed', 'xml-pi-prefix', '<?xml version="1.0"?><img src=x onerror=$M>');
add('malformed', 'doctype-prefix', '<!DOCTYPE html><img src=x onerror=$M>');
add('malformed', 'stray-close-p', '</p><img src=x onerror=$M>');
add('malformed', 'misnested-inline', '<p><b><i><img src=x onerror=$M></b></i></p>');
add('malformed', 'table-no-tr', '<table><td><img src=x onerror=$M></table>');
add('malformed', 'nested-anchors', '<a href="/x"><a href="/y"><img src=x onerror=$M></a></a>');
add('malformed', 'double-angle', '<<img src=x onerror=$M>>');
add('malformed', 'trailing-open-comment', '<img src=x onerror=$M><!--');
add('malformed', 'unclosed-div', '<div><img src=x onerror=$M');

// ------------------------------------------------------- mutation XSS (mXSS)
add('mutation', 'mxss-noscript-title', '<noscript><p title="</noscript><img src=x onerror=$M>"></noscript>');
add('mutation', 'mxss-textarea-title', '<textarea><a title="</textarea><img src=x onerror=$M>"></textarea>');
add('mutation', 'mxss-title-title', '<title><a title="</title><img src=x onerror=$M>"></title>');
add('mutation', 'mxss-style-title', '<style><a title="</style><img src=x onerror=$M>"></style>');
add('mutation', 'mxss-xmp-title', '<xmp><a title="</xmp><img src=x onerror=$M>"></xmp>');
add('mutation', 'mxss-noembed', '<noembed><img title="</noembed><img src=x onerror=$M>"></noembed>');
add('mutation', 'mxss-noframes', '<noframes><img title="</noframes><img src=x onerror=$M>"></noframes>');
add('mutation', 'mxss-iframe-content', '<iframe><img title="</iframe><img src=x onerror=$M>"></iframe>');
add('mutation', 'mxss-form-math-mglyph', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=$M>');
add('mutation', 'mxss-svg-p-style', '<svg></p><style><a id="</style><img src=1 onerror=$M>">');
add('mutation', 'mxss-template-style', '<template><style></template><img src=x onerror=$M></style>');
add('mutation', 'mxss-select-template', '<select><template><img src=x onerror=$M></template></select>');
add('mutation', 'mxss-plaintext', '<plaintext><img src=x onerror=$M>');
add('mutation', 'mxss-encoded-text-stays-text', '&lt;img src=x onerror=$M&gt;', true);
add('mutation', 'mxss-encoded-script-in-p', '<p>&lt;script&gt;$M&lt;/script&gt;</p>', true);
add('mutation', 'mxss-encoded-title-attr', '<a href="/x" title="&lt;/a&gt;&lt;img src=x onerror=$M&gt;">链接</a>', true);

// ------------------------------------------------ encodings and escapes
add('encoding', 'enc-js-unicode-identifier', (id) => `<img src=x onerror="${jsUnicode('__')}xss('${id}')">`);
add('encoding', 'enc-js-hex-in-eval', (id) => `<img src=x onerror="eval('${jsHex(marker(id))}')">`);
add('encoding', 'enc-hex-entities-handler', (id) => `<img src=x onerror="${hexEntities(marker(id))}">`);
add('encoding', 'enc-dec-entities-no-semicolon', (id) => `<img src=x onerror="${[...marker(id)].map((c) => `&#${c.codePointAt(0)}`).join('')}">`);
add('encoding', 'enc-base64-eval', (id) => `<img src=x onerror="eval(atob('${b64(marker(id))}'))">`);
add('encoding', 'enc-fromcharcode', (id) => `<img src=x onerror="eval(String.fromCharCode(${charCodes(marker(id))}))">`);
add('encoding', 'enc-fullwidth-brackets', '＜script＞$M＜/script＞', true);
add('encoding', 'enc-percent-encoded-markup', (id) => encodeURIComponent(`<script>${marker(id)}</script>`), true);
add('encoding', 'enc-js-unicode-markup-text', '\\u003cscript\\u003e$M\\u003c/script\\u003e', true);
add('encoding', 'enc-utf7', "+ADw-script+AD4-__xss('$ID')+ADw-/script+AD4-", true);
add('encoding', 'enc-overlong-utf8-text', "%C0%BCscript%C0%BE__xss('$ID')%C0%BC/script%C0%BE", true);

// ------------------------------ template-injection-ish (inert without engine)
add('template', 'tpl-angular-constructor', "{{constructor.constructor('__xss(\"$ID\")')()}}", true);
add('template', 'tpl-es-template-literal', '${$M}', true);
add('template', 'tpl-erb', '<%= $M %>', true);
add('template', 'tpl-ruby-interp', '#{$M}', true);
add('template', 'tpl-vue-mustache', '<p>{{ $M }}</p>', true);
add('template', 'tpl-angular-ng-attr', '<div ng-app><p ng-focus="$event.view.$M" tabindex="0" autofocus>x</p></div>', true);
add('template', 'tpl-alpine-attr', '<div x-data x-init="$M">x</div>', true);

for (const id of INERT_IN_CHROMIUM) {
  if (!corpus.some((p) => p.id === id)) throw new Error(`INERT_IN_CHROMIUM names unknown payload ${id}`);
}

export const XSS_CORPUS: readonly XssPayload[] = Object.freeze(corpus.map((p) => Object.freeze(p)));
export default XSS_CORPUS;
