import { GENESIS, recordHash } from './audit-chain';

const record = {
  seq: 1,
  contentUid: 'api::notice.notice',
  contentDocumentId: 'd1',
  versionHash: 'v'.repeat(64),
  step: 'first',
  action: 'decide',
  decision: 'approve',
  userId: 3,
  userEmail: 'a@b',
  roleCode: 'gk-first-reviewer',
  at: '2026-01-01T00:00:00.000Z',
  comment: '同意',
  details: { privacy: { findings: 0 } },
  prevHash: GENESIS,
};

describe('audit hash chain (R10)', () => {
  it('covers every field of a record and the previous hash', () => {
    const h = recordHash(record);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    for (const [k, v] of Object.entries({ seq: 2, comment: '不同意', userId: 4, decision: 'reject', at: '2026-01-02T00:00:00.000Z', prevHash: 'f'.repeat(64), details: null })) {
      expect(recordHash({ ...record, [k]: v })).not.toBe(h);
    }
  });

  it('does not depend on how the database returns the row (json as text, ids as strings, key order)', () => {
    const fromSqlite = { ...record, details: JSON.stringify(record.details), userId: '3', id: 99, createdAt: 'x' };
    expect(recordHash(fromSqlite)).toBe(recordHash(record));
  });
});
