import { separationViolation } from './separation-of-duties';
import type { Actor } from './actor';

const person = (id: number, roles: string[] = []): Actor => ({ kind: 'admin', key: `admin:${id}`, id, email: `u${id}@x`, roles, label: `u${id}` });
const base = { step: 'second' as const, creatorId: 1, editorKeys: ['admin:2'], decisionsOnVersion: [{ userId: 3, step: 'first' as const }] };

describe('separation of duties (R10)', () => {
  it('refuses the creator and every editor of the version', () => {
    expect(separationViolation({ ...base, actor: person(1) })).toContain('创建人');
    expect(separationViolation({ ...base, actor: person(2) })).toContain('编辑过该版本');
  });

  it('refuses a second step by the same person, whatever roles they hold', () => {
    const superAdmin = person(3, ['strapi-super-admin', 'gk-first-reviewer', 'gk-second-reviewer', 'gk-final-reviewer']);
    expect(separationViolation({ ...base, actor: superAdmin })).toContain('您已对该版本作出初审决定');
    // the same step again (a later round) is not a second step
    expect(separationViolation({ ...base, step: 'first', actor: superAdmin })).toBeNull();
  });

  it('lets anyone else decide, and refuses non-admin actors', () => {
    expect(separationViolation({ ...base, actor: person(4) })).toBeNull();
    expect(separationViolation({ ...base, creatorId: null, editorKeys: [], decisionsOnVersion: [], actor: person(1) })).toBeNull();
    expect(separationViolation({ ...base, actor: { ...person(5), kind: 'api-token', key: 'api-token:5' } })).toContain('管理员');
  });
});
