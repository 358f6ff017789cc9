// R13: plain-text escaping for server-rendered pages (text nodes and quoted
// attribute values alike).

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escape a string for use in HTML text or in a quoted attribute value. */
export function escapeHtml(s: unknown): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}
