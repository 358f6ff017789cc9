// R31 relevance, the same on both engines: BM25's term-frequency part for the one
// phrase a query is (k1 = 1.2, b = 0.75). Its IDF factor is equal for every hit of
// a query, so it is left out — which also spares a pass over all matches (FTS5's own
// bm25() makes one to count them, and that pass grows with the corpus).
import type { Knex } from 'knex';
import { query } from './db';

const K1 = 1.2;
const B = 0.75;

/** SQL for the score from an occurrence count and a body length; one binding: the mean body length. */
export function scoreSql(tf: string, length: string): string {
  return `(${tf}) * 1.0 / ((${tf}) + ${K1} * (${1 - B} + ${B} * (${length}) / (? * 1.0)))`;
}

/** SQL counting the occurrences of a string in a text; bindings: the string and its length in the unit of `lengthFn`. */
export function occurrencesSql(text: string, lengthFn = 'length'): string {
  return `(${lengthFn}(${text}) - ${lengthFn}(replace(${text}, ?, ''))) / ?`;
}

/** The mean body length (characters of the normalised body) over the index, re-read at most once a minute. */
export function averageBodyLength(knex: Knex) {
  let cached = { value: 1, at: 0 };
  return async () => {
    if (Date.now() - cached.at > 60_000) {
      const [r] = await query(knex, `SELECT avg(body_len) AS n FROM portal_search_items`);
      cached = { value: Math.max(1, Number(r?.n) || 1), at: Date.now() };
    }
    return cached.value;
  };
}
