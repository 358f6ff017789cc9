import { chunksOf, CHUNK_OVERLAP, CHUNK_SIZE, queryGrams, tsqueryOf } from './pg-fts';
import { MAX_QUERY_TOKENS } from './query';

describe('PostgreSQL index helpers (R31)', () => {
  it('chunks so that every run of up to MAX_QUERY_TOKENS code points lies inside one chunk', () => {
    expect(CHUNK_OVERLAP).toBe(MAX_QUERY_TOKENS - 1);
    const text = Array.from({ length: 5000 }, (_, k) => String.fromCodePoint(0x4e00 + (k % 500))).join('') + '𠀀'.repeat(300);
    const cps = Array.from(text);
    for (const [size, overlap] of [[CHUNK_SIZE, CHUNK_OVERLAP], [50, 9]]) {
      const chunks = chunksOf(text, size, overlap);
      const len = overlap + 1;
      for (let start = 0; start + len <= cps.length; start += 37) {
        const run = cps.slice(start, start + len).join('');
        expect(chunks.some((c) => c.includes(run))).toBe(true);
      }
      for (const c of chunks) expect(Array.from(c).length).toBeLessThanOrEqual(size);
      // the chunks' non-overlapping parts put back together are the text
      expect(chunks.map((c, k) => (k < chunks.length - 1 ? Array.from(c).slice(0, size - overlap).join('') : c)).join('')).toBe(text);
    }
    expect(chunksOf('')).toEqual([]);
    expect(chunksOf('扶贫')).toEqual(['扶贫']);
  });

  it('asks for the character, or for every adjacent pair (boundaries included)', () => {
    expect(queryGrams('扶')).toEqual(['扶']);
    expect(queryGrams('扶贫')).toEqual(['扶贫']);
    expect(queryGrams('2018 40')).toEqual(['20', '01', '18', '8 ', ' 4', '40']);
    expect(queryGrams('哈哈哈')).toEqual(['哈哈']);
  });

  it('quotes lexemes as tsquery input', () => {
    expect(tsqueryOf('2018 40')).toBe("'20' & '01' & '18' & '8 ' & ' 4' & '40'");
    expect(tsqueryOf("a'b\\")).toBe("'a''' & '''b' & 'b\\\\'");
  });
});
