import { ftsPhrase, ftsTokens, pairTokens, SENTINEL_TOKEN } from './sqlite-fts';
import { normalize } from './normalize';

describe('SQLite FTS5 token stream (R31)', () => {
  it('writes one token per character and the sentinel for a boundary', () => {
    expect(ftsTokens(normalize('揭府办函〔2018〕40号'))).toBe(`揭 府 办 函 ${SENTINEL_TOKEN} 2 0 1 8 ${SENTINEL_TOKEN} 4 0 号`);
  });

  it('uses a sentinel no real token can equal (real tokens are one code point)', () => {
    expect(Array.from(SENTINEL_TOKEN).length).toBeGreaterThan(1);
    expect(ftsTokens(normalize('x0'))).toBe('x 0');
  });

  it('makes any query one FTS5 phrase with no syntax left in it', () => {
    expect(ftsPhrase(normalize('NEAR(扶贫 预算) OR "x" *'))).toBe(`"n e a r ${SENTINEL_TOKEN} 扶 贫 预 算 ${SENTINEL_TOKEN} o r ${SENTINEL_TOKEN} x"`);
  });

  it('lists each distinct adjacent pair once, never across a boundary or between fields', () => {
    expect(pairTokens(normalize('培训，提高培训'), normalize('〔2018〕4号'))).toBe('培训 提高 高培 20 01 18 4号');
    expect(pairTokens('', '扶')).toBe('');
  });
});
