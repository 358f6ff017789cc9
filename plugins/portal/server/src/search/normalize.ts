// R31: the one text normalisation of the search index. Documents and queries go
// through the same function, so "a query matches" means exactly
// `normalize(field).includes(normalize(query))` — the reference the tests check
// the SQLite and PostgreSQL indexes against.
//
// Rules, applied per character cluster (a base character and its combining marks):
// - NFKC, then lower case (full-width Ａ１ → a1, ① → 1, 〇/〔〕 stay distinct).
// - Letters, digits, marks, private-use and unassigned code points are tokens, one
//   code point each (so 扶贫 is 扶|贫 and every substring is findable — no word
//   segmentation, which loses 40–60 % of substring hits).
// - Each run of punctuation, symbols and line breaks becomes ONE boundary, written
//   as SENTINEL, so a query never matches across punctuation: 培训，提高 ≠ 培训提高,
//   while 〔2018〕40, [2018]40 and (2018)40 all normalise to "2018 40".
// - A run of horizontal spaces is a boundary between Latin letters or digits
//   ("GB 37668"), but nothing next to a Han/kana character: spacing in Chinese
//   text is layout ("揭阳市 2018年政务公开" is searchable as 揭阳市2018年).
// - Format characters (zero-width space, soft hyphen, BOM) are dropped.
// - Leading and trailing boundaries are dropped, so a query "〔2018〕40号" and a
//   query "2018〕40" both mean the inner text.

/** The boundary token inside a normalised string. It cannot be a token itself. */
export const SENTINEL = ' ';

/** Bump when the rules above change: the stored index must then be rebuilt. */
export const NORMALIZER_VERSION = 1;

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}\p{Cn}]/u;
const MARK = /\p{M}/u;
const DROPPED = /\p{Cf}/u;
const HORIZONTAL_SPACE = /[\p{Zs}\t]/u;
const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\p{Co}]/u;

export interface NormalizedText {
  /** The normalised string: tokens and SENTINELs. */
  text: string;
  /** For each UTF-16 unit of `text`, the [start, end) offsets in the original it came from. */
  starts: number[];
  ends: number[];
}

const enum Kind {
  Token = 0,
  NoSpaceToken = 1, // a token of a script written without spaces (Han, kana)
  Dropped = 2,
  Soft = 3,
  Hard = 4,
}

interface Piece {
  s: string;
  kind: Kind;
}

function classify(c: string): Kind {
  if (TOKEN.test(c)) return NO_SPACE_SCRIPT.test(c) ? Kind.NoSpaceToken : Kind.Token;
  if (DROPPED.test(c)) return Kind.Dropped;
  return HORIZONTAL_SPACE.test(c) ? Kind.Soft : Kind.Hard;
}

function fold(cluster: string): Piece[] {
  const folded = cluster.normalize('NFKC').toLowerCase().normalize('NFKC');
  return Array.from(folded, (s) => ({ s, kind: classify(s) }));
}

// Per-code-point memo of fold() for the common one-code-point cluster (CJK text is
// almost all of those): normalising is then a table lookup per character.
const single = new Map<number, { mark: boolean; pieces: Piece[] }>();
function lookup(cp: number) {
  let e = single.get(cp);
  if (!e) {
    const c = String.fromCodePoint(cp);
    e = { mark: MARK.test(c), pieces: fold(c) };
    if (single.size < 100_000) single.set(cp, e);
  }
  return e;
}

function run(input: string, withOffsets: boolean): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let gap: Kind.Token | Kind.Soft | Kind.Hard = Kind.Token; // Token = no pending boundary
  let gapStart = 0;
  let gapEnd = 0;
  let prevNoSpace = false;

  const emit = (s: string, start: number, end: number) => {
    text += s;
    if (withOffsets) {
      for (let k = 0; k < s.length; k++) {
        starts.push(start);
        ends.push(end);
      }
    }
  };

  let i = 0;
  const n = input.length;
  while (i < n) {
    // one cluster: a code point and the combining marks that follow it
    const cp = input.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const next = input.codePointAt(j)!;
      if (!lookup(next).mark) break;
      j += next > 0xffff ? 2 : 1;
    }
    const pieces = j === i + (cp > 0xffff ? 2 : 1) ? lookup(cp).pieces : fold(input.slice(i, j));
    for (const { s, kind } of pieces) {
      if (kind === Kind.Token || kind === Kind.NoSpaceToken) {
        const noSpace = kind === Kind.NoSpaceToken;
        if (text.length > 0 && (gap === Kind.Hard || (gap === Kind.Soft && !prevNoSpace && !noSpace))) {
          emit(SENTINEL, gapStart, gapEnd);
        }
        gap = Kind.Token;
        emit(s, i, j);
        prevNoSpace = noSpace;
      } else if (kind !== Kind.Dropped) {
        if (gap === Kind.Token) gapStart = i;
        gapEnd = j;
        if (kind === Kind.Hard || gap === Kind.Token) gap = kind;
      }
    }
    i = j;
  }
  return { text, starts, ends };
}

/** Normalise and keep, for every output unit, where it came from (for snippets). */
export function normalizeWithOffsets(input: string): NormalizedText {
  return run(input ?? '', true);
}

/** The normalised form of a text or a query (see the rules above). */
export function normalize(input: string | null | undefined): string {
  if (!input) return '';
  return run(input, false).text;
}

/** Tokens (code points) of a normalised string; SENTINEL is a token too. */
export function tokensOf(normalized: string): string[] {
  return Array.from(normalized);
}
