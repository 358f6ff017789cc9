import { MAX_QUERY_TOKENS, parsePaging, parseQuery, SearchQueryError } from './query';

describe('parseQuery (R31)', () => {
  it('normalises and trims', () => {
    expect(parseQuery('  〔2018〕40号 ')).toEqual({ text: '2018 40号', tokens: ['2', '0', '1', '8', ' ', '4', '0', '号'] });
  });

  it('treats nothing searchable as an empty query, not an error', () => {
    for (const q of [undefined, null, '', '   ', '，。！', '\u200b']) expect(parseQuery(q).text).toBe('');
  });

  it(`accepts ${MAX_QUERY_TOKENS} tokens and rejects more with a Chinese message`, () => {
    expect(parseQuery('扶'.repeat(MAX_QUERY_TOKENS)).tokens).toHaveLength(MAX_QUERY_TOKENS);
    let err: any;
    try {
      parseQuery('扶'.repeat(MAX_QUERY_TOKENS + 1));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SearchQueryError);
    expect(err).toMatchObject({ code: 'QUERY_TOO_LONG', status: 400 });
    expect(err.message).toContain('检索词过长');
  });

  it('counts punctuation boundaries as tokens, and refuses huge raw input before normalising it', () => {
    expect(() => parseQuery('扶，'.repeat(50) + '贫')).toThrow(SearchQueryError); // 101 tokens
    expect(() => parseQuery('，'.repeat(5000))).toThrow(/检索词过长/);
  });

  it('rejects a non-string query (e.g. ?q=a&q=b)', () => {
    expect(() => parseQuery(['a', 'b'])).toThrow(expect.objectContaining({ code: 'QUERY_INVALID' }));
  });
});

describe('parsePaging', () => {
  it('defaults, clamps the page size, and rejects garbage', () => {
    expect(parsePaging(undefined, undefined)).toEqual({ page: 1, pageSize: 10 });
    expect(parsePaging('3', '500')).toEqual({ page: 3, pageSize: 50 });
    expect(parsePaging(2, 20)).toEqual({ page: 2, pageSize: 20 });
    for (const bad of ['0', '-1', '1.5', 'abc', 0]) expect(() => parsePaging(bad, undefined)).toThrow(/页码/);
  });
});
