// R31: character n-grams of normalised text (normalize.ts), as the SQLite index
// writes them. Bigram tokens make a two-character query — the common case (扶贫,
// 预算) — one posting list instead of the intersection of two very common
// characters, and a longer query a phrase of its overlapping bigrams:
//
//   text  揭府办 2018      bigram stream  揭府 府办 办_ _2 20 01 18
//   query 府办 2           phrase         "府办 办_ _2"
//
// A phrase of the L − 1 overlapping bigrams of a query of L characters occurs at
// position p exactly when the query occurs at character p, so matching stays the
// exact substring test of normalize.ts. A one-character query uses the character set.
import { SENTINEL } from './normalize';

/**
 * The boundary inside a bigram token. `_` is punctuation, so it never is a character
 * of normalised text; the FTS5 tokenizer is told to keep it (`tokenchars '_'`).
 */
export const BOUNDARY_CHAR = '_';

const cp = (c: string) => (c === SENTINEL ? BOUNDARY_CHAR : c);

/** The positional bigram stream of a normalised text, space-separated (empty below two characters). */
export function bigramStream(normalized: string): string {
  const cps = Array.from(normalized, cp);
  const out: string[] = [];
  for (let k = 0; k + 1 < cps.length; k++) out.push(cps[k] + cps[k + 1]);
  return out.join(' ');
}

/**
 * The distinct characters and the distinct boundary-free bigrams of the fields: what a
 * one- or two-character query can match (a normalised query never starts or ends at a boundary).
 */
export function gramList(...fields: string[]): string[] {
  const grams = new Set<string>();
  for (const f of fields) {
    const cps = Array.from(f);
    for (let k = 0; k < cps.length; k++) {
      if (cps[k] === SENTINEL) continue;
      grams.add(cps[k]);
      if (k + 1 < cps.length && cps[k + 1] !== SENTINEL) grams.add(cps[k] + cps[k + 1]);
    }
  }
  return [...grams];
}

/** gramList as FTS5 input: space-separated. */
export const gramSet = (...fields: string[]) => gramList(...fields).join(' ');

/** Is a normalised query answered by the gram set (one or two characters) rather than the bigram phrase? */
export const isShortQuery = (normalized: string) => Array.from(normalized).length <= 2;

/**
 * The FTS5 MATCH expression for a normalised, non-empty query: the one gram for a
 * short query, else the phrase of its bigrams. Tokens hold no space or quote (both are
 * boundaries in normalised text), so nothing in a query can be FTS5 syntax; quotes are
 * doubled all the same.
 */
export function matchExpression(normalized: string): string {
  const body = isShortQuery(normalized) ? normalized : bigramStream(normalized);
  return `"${body.replace(/"/g, '""')}"`;
}
