import { bigramStream, BOUNDARY_CHAR, gramSet, isShortQuery, matchExpression } from './grams';
import { normalize, SENTINEL } from './normalize';

// R31: the SQLite index's tokens. The phrase of a query's bigrams must occur in a
// field's bigram stream exactly where the query occurs in the field.
const tokens = (s: string) => (s ? s.split(' ') : []);
const phraseAt = (stream: string[], phrase: string[]) =>
  stream.some((_, p) => phrase.every((t, k) => stream[p + k] === t));

describe('SQLite n-gram tokens (R31)', () => {
  it('writes overlapping bigrams, boundaries included as `_`', () => {
    expect(bigramStream(normalize('揭府办函〔2018〕40号'))).toBe('揭府 府办 办函 函_ _2 20 01 18 8_ _4 40 0号');
    expect(bigramStream('扶')).toBe('');
    expect(bigramStream('')).toBe('');
    expect(normalize(`a${BOUNDARY_CHAR}b`)).toBe(`a${SENTINEL}b`); // `_` is never a character of normalised text
  });

  it('lists each character and boundary-free pair once, never across a boundary or between fields', () => {
    expect(gramSet(normalize('培训，提高培训'), normalize('〔2018〕4号'))).toBe('培 培训 训 提 提高 高 高培 2 20 0 01 1 18 8 4 4号 号');
    expect(gramSet('', '扶')).toBe('扶');
  });

  it('asks for one gram (one or two characters) or the phrase of the bigrams, with no syntax left in it', () => {
    expect(isShortQuery('扶')).toBe(true);
    expect(isShortQuery('𠀀𠀀')).toBe(true);
    expect(isShortQuery('扶贫办')).toBe(false);
    expect(matchExpression('扶贫')).toBe('"扶贫"');
    expect(matchExpression(normalize('NEAR(扶贫) "x" *'))).toBe('"ne ea ar r_ _扶 扶贫 贫_ _x"');
    expect(matchExpression('哈哈哈')).toBe('"哈哈 哈哈"');
  });

  it('matches a phrase of bigrams exactly where the query is a substring', () => {
    const texts = ['哈哈哈哈', '哈哈，哈哈', '揭府办函〔2018〕40号', '2018 40 2018', 'abcabd', '政务公开工作要点'];
    const queries = ['哈哈哈', '哈哈哈哈哈', '哈 哈', '8 4', '2018 40', 'abd', 'bca', 'cab d', '公开工作', '务公开工作要点'];
    for (const t of texts.map(normalize)) {
      for (const q of queries.map(normalize)) {
        const phrase = tokens(matchExpression(q).slice(1, -1));
        expect([t, q, phraseAt(tokens(bigramStream(t)), phrase)]).toEqual([t, q, t.includes(q)]);
      }
    }
  });
});
