import { filterExpression, filterTokens } from './filter-tokens';
import { toRecord } from './record';

// R31 + R30: filters as exact tokens of the SQLite gram set.
describe('SQLite filter tokens (R31, R30)', () => {
  const record = toRecord({
    uid: 'api::notice.notice', documentId: 'd1', title: '扶贫', year: 2018, issuer: '揭阳市人民政府办公室',
    documentType: 'normative', categoryDocumentId: 'cat-a', validity: null,
  });

  it('writes one ASCII token per filter value, none for a missing value', () => {
    const tokens = filterTokens(record);
    expect(tokens).toHaveLength(5);
    for (const t of tokens) expect(t).toMatch(/^_[uyitcv][0-9a-f]+$/);
    expect(tokens).toContain('_y' + Buffer.from('2018').toString('hex'));
  });

  it('ANDs the fields and ORs the values of one field; an empty list matches nothing', () => {
    const cat = (v: string) => `"_c${Buffer.from(v).toString('hex')}"`;
    expect(filterExpression({})).toBe('');
    expect(filterExpression({ year: 2018, categoryIds: ['cat-a', 'cat-b'] })).toBe(
      `("_y${Buffer.from('2018').toString('hex')}") AND (${cat('cat-a')} OR ${cat('cat-b')})`,
    );
    expect(filterExpression({ validities: [] })).toBeNull();
    // the item's own tokens satisfy its own values
    expect(filterTokens(record)).toContain(cat('cat-a').slice(1, -1));
  });
});
