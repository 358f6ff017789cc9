import type { Core } from '@strapi/strapi';
import { publishReviewed } from './publish';

/**
 * Sample portal content, published through the real review gate: a notice with a task
 * table (part → task, lead unit, deadline, published progress report), an interpretation
 * of it (Q&A), a guide with a material, and a draft notice that must stay invisible.
 */
export async function createPortalFixture(app: Core.Strapi) {
  const ids: Record<string, string> = {};
  const cat = (await app.documents('api::catalog-category.catalog-category').findFirst({ filters: { slug: 'zhengwu-gongkai-gongzuo' } }))!;
  const fupin = (await app.documents('api::catalog-category.catalog-category').findFirst({ filters: { slug: 'jingzhun-fupin' } }))!;
  const unit = await app.documents('api::unit.unit').create({ data: { name: '揭阳市扶贫办', shortName: '市扶贫办' } as any });
  const table = await app.documents('api::task-table.task-table').create({ data: { title: '分工方案', year: 2018 } as any });
  const part = await app.documents('api::task.task').create({ data: { taskTable: table.documentId, level: 'part', label: '一、', title: '着力加强公开解读回应工作', order: 1 } as any });
  const task = await app.documents('api::task.task').create({ data: { taskTable: table.documentId, parent: part.documentId, level: 'task', label: '1.', title: '推进精准扶贫信息公开', requirement: '=注意 CSV 公式注入', leadUnits: [unit.documentId], deadlineText: '2018年7月底前', deadline: '2018-07-31', order: 2 } as any });
  const report = await app.documents('api::progress-report.progress-report').create({ data: { task: task.documentId, unit: unit.documentId, state: 'done', text: '已公开扶贫对象名单', reportedOn: '2018-07-20' } as any });
  await app.documents('api::progress-report.progress-report').publish({ documentId: report.documentId });

  const notice = await app.documents('api::notice.notice').create({ data: {
    title: '揭阳市人民政府办公室印发揭阳市2018年政务公开工作要点分工方案的通知', docNumber: '揭府办函〔2018〕40号', issuer: '揭阳市人民政府办公室',
    writtenOn: '2018-06-29', body: '<p>为贯彻落实精准扶贫要求<script>window.__xss=1</script></p><p onclick="x()">第二段</p>', category: cat.documentId, taskTable: table.documentId,
  } as any });
  ids.notice = notice.documentId;
  const interp = await app.documents('api::policy-interpretation.policy-interpretation').create({ data: {
    title: '一图读懂2018年政务公开工作要点', form: 'qa', interpreter: '张三', notices: [notice.documentId], qa: [{ question: '何时完成？', answer: '年底前。' }], category: fupin.documentId,
  } as any });
  ids.interp = interp.documentId;
  const guide = await app.documents('api::guide.guide').create({ data: {
    title: '最低生活保障申请', category: fupin.documentId, promisedDays: 20, materials: [{ name: '户口簿', legalBasis: '《社会救助暂行办法》第十一条' }], effectiveOn: '2018-08-01',
  } as any });
  ids.guide = guide.documentId;
  const draft = await app.documents('api::notice.notice').create({ data: { title: '尚未发布的草稿通知', issuer: '某局', category: cat.documentId, slug: 'draft-only' } as any });
  ids.draft = draft.documentId;

  await publishReviewed(app, 'api::notice.notice', notice.documentId);
  await publishReviewed(app, 'api::policy-interpretation.policy-interpretation', interp.documentId);
  await publishReviewed(app, 'api::guide.guide', guide.documentId);
  return ids;
}
