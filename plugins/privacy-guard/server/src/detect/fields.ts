// R12: scan every text and rich-text field of one entry.
import { scanHtml } from './html-text';
import { scanText } from './scan';
import type { Finding, ScanOptions } from './types';

export interface FieldScanOptions extends Omit<ScanOptions, 'field'> {
  /** Names of the rich-text (HTML) fields; other string fields are plain text. */
  htmlFields?: readonly string[];
}

/** Findings of all string-valued fields, each tagged with its field name. */
export function scanFields(values: Readonly<Record<string, unknown>>, opts: FieldScanOptions = {}): Finding[] {
  const html = new Set(opts.htmlFields ?? []);
  const out: Finding[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !value) continue;
    out.push(...(html.has(field) ? scanHtml(value, { ...opts, field }) : scanText(value, { ...opts, field })));
  }
  return out;
}
