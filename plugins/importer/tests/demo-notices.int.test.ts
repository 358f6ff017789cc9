import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { seedUnits } from '../../../seeds/demo-data';
import { seedNotices } from '../../../seeds/demo-notices';
import { counts, NOTICE, TASK } from './helpers';

// `npm run demo` imports the four seed documents as demo content (R41), idempotently.
let app: Core.Strapi;

beforeAll(async () => {
  app = await startStrapi();
  await seedUnits(app);
});
afterAll(() => stopStrapi(app));

describe('seedNotices', () => {
  it('imports the four seeds as drafts (002 with its forwarded notice), then skips them on a second run', async () => {
    const first = await seedNotices(app);
    expect(first.map((s) => [s.file.slice(0, 3), s.created])).toEqual([['000', true], ['001', true], ['002', true], ['004', true]]);
    const after = await counts(app);
    expect(after.notices).toBe(5);
    expect(await app.documents(NOTICE).count({ status: 'published' } as any)).toBe(0);
    expect(await app.documents(TASK).count({ filters: { level: 'task' } } as any)).toBe(34 + 40 + 11 + 18);
    const bian = (await app.documents(TASK).findMany({ filters: { leadUnits: { shortName: '市编办' } }, limit: 100 } as any)) as any[];
    expect(bian.length).toBeGreaterThan(0);

    const second = await seedNotices(app);
    expect(second.map((s) => [s.documentId, s.created])).toEqual(first.map((s) => [s.documentId, false]));
    expect(await counts(app)).toEqual(after);
  });
});
