// R31: what a visitor typed, checked and normalised once, before any SQL is built.
// The portal shows `SearchQueryError.message` as is, so messages are Chinese.
import { normalize, tokensOf } from './normalize';

/** At most this many tokens (characters and punctuation boundaries) after normalisation. */
export const MAX_QUERY_TOKENS = 100;
/** Raw input longer than this is refused before normalising it at all. */
const MAX_RAW_LENGTH = 1_000;
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE = 1_000;

export type SearchQueryErrorCode = 'QUERY_TOO_LONG' | 'QUERY_INVALID' | 'FILTER_INVALID';

export class SearchQueryError extends Error {
  readonly status = 400;
  constructor(
    readonly code: SearchQueryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SearchQueryError';
  }
}

export interface ParsedQuery {
  /** The normalised query; '' when nothing searchable was typed. */
  text: string;
  tokens: string[];
}

/** Trim, normalise and bound a query. Empty (or punctuation only) is not an error: no results. */
export function parseQuery(q: unknown): ParsedQuery {
  if (q === undefined || q === null) return { text: '', tokens: [] };
  if (typeof q !== 'string') throw new SearchQueryError('QUERY_INVALID', '检索词格式不正确，请重新输入。');
  if (q.length > MAX_RAW_LENGTH) throw tooLong();
  const text = normalize(q.trim());
  const tokens = tokensOf(text);
  if (tokens.length > MAX_QUERY_TOKENS) throw tooLong();
  return { text, tokens };
}

function tooLong() {
  return new SearchQueryError('QUERY_TOO_LONG', `检索词过长，请不超过${MAX_QUERY_TOKENS}个字。`);
}

/** Page and page size from user input: integers in range, defaults when absent. */
export function parsePaging(page: unknown, pageSize: unknown): { page: number; pageSize: number } {
  return {
    page: positiveInt(page, 1, MAX_PAGE, '页码'),
    pageSize: positiveInt(pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, '每页条数'),
  };
}

function positiveInt(value: unknown, dflt: number, max: number, label: string): number {
  if (value === undefined || value === null || value === '') return dflt;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new SearchQueryError('FILTER_INVALID', `${label}格式不正确。`);
  return Math.min(n, max);
}
