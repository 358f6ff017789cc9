// R13: the one allow-list for every rich-text field, used on save and on render.
// Anything not listed here is removed. Keep it small: each addition widens the
// attack surface of every public page.
//
// Decision on <h1>: not allowed. The page template owns the single <h1> (the
// document title); a second one from the body would break the heading outline
// that screen readers rely on (R32, WCAG 2.1 1.3.1). Body <h1> is renamed to
// <h2> rather than dropped, so pasted content keeps its structure.

/** Alignment classes: the only class values that survive (no style attribute). */
export const ALIGN_CLASSES = Object.freeze(['text-left', 'text-center', 'text-right'] as const);

const CLASSABLE = ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'figure'] as const;

export interface RichTextAllowList {
  /** Tags kept (iframe only when video hosts are configured). */
  readonly tags: readonly string[];
  /** Attributes kept per tag; nothing is allowed on every tag. */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** class values kept per tag. */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  /** Tags renamed before filtering. */
  readonly renamed: Readonly<Record<string, string>>;
  /** URL schemes allowed in a[href]; img and iframe have stricter rules. */
  readonly linkSchemes: readonly string[];
  /** Tags removed together with everything inside them. */
  readonly dropWithContent: readonly string[];
  /** The sandbox forced on every video iframe (input values are ignored). */
  readonly iframeSandbox: string;
  readonly iframeReferrerPolicy: string;
  /** Numeric limits for table spans (HTML spec maxima). */
  readonly maxColspan: number;
  readonly maxRowspan: number;
  readonly tableScopes: readonly string[];
}

export const RICH_TEXT_ALLOW_LIST: RichTextAllowList = Object.freeze({
  tags: Object.freeze([
    'h2', 'h3', 'h4', 'h5', 'h6',
    'p', 'br', 'hr', 'blockquote',
    'ul', 'ol', 'li',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'a', 'img', 'figure', 'figcaption',
    'strong', 'em', 'b', 'i', 'u', 'sub', 'sup',
    'iframe',
  ]),
  attributes: Object.freeze({
    a: Object.freeze(['href', 'title', 'target', 'rel']),
    img: Object.freeze(['src', 'alt', 'title', 'width', 'height']),
    th: Object.freeze(['colspan', 'rowspan', 'scope', 'class']),
    td: Object.freeze(['colspan', 'rowspan', 'class']),
    ol: Object.freeze(['start']),
    iframe: Object.freeze(['src', 'title', 'width', 'height', 'sandbox', 'referrerpolicy', 'allowfullscreen']),
    ...Object.fromEntries(
      CLASSABLE.filter((t) => t !== 'td' && t !== 'th').map((t) => [t, Object.freeze(['class'])]),
    ),
  }),
  classes: Object.freeze(Object.fromEntries(CLASSABLE.map((t) => [t, ALIGN_CLASSES]))),
  renamed: Object.freeze({ h1: 'h2' }),
  linkSchemes: Object.freeze(['http', 'https', 'mailto']),
  dropWithContent: Object.freeze([
    'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext',
    'textarea', 'select', 'option', 'title', 'head', 'iframe', 'frame', 'frameset',
    'object', 'applet', 'svg', 'math',
  ]),
  iframeSandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
  iframeReferrerPolicy: 'strict-origin-when-cross-origin',
  maxColspan: 1000,
  maxRowspan: 65534,
  tableScopes: Object.freeze(['row', 'col', 'rowgroup', 'colgroup']),
});
