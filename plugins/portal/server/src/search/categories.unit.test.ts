import { subtreeOf } from './categories';

describe('category subtree (R31, R6)', () => {
  const edges = [
    { documentId: 'root', parentDocumentId: null },
    { documentId: 'a', parentDocumentId: 'root' },
    { documentId: 'a1', parentDocumentId: 'a' },
    { documentId: 'a1x', parentDocumentId: 'a1' },
    { documentId: 'b', parentDocumentId: 'root' },
  ];
  it('includes the category and everything below it', () => {
    expect(subtreeOf(edges, 'a').sort()).toEqual(['a', 'a1', 'a1x']);
    expect(subtreeOf(edges, 'root')).toHaveLength(5);
    expect(subtreeOf(edges, 'b')).toEqual(['b']);
    expect(subtreeOf(edges, 'unknown')).toEqual(['unknown']);
  });
  it('survives a cycle', () => {
    expect(subtreeOf([{ documentId: 'x', parentDocumentId: 'y' }, { documentId: 'y', parentDocumentId: 'x' }], 'x').sort()).toEqual(['x', 'y']);
  });
});
