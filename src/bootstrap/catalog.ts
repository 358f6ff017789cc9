import type { Core } from '@strapi/strapi';

// The default 主动公开基本目录 (R6): the key areas named by the work plans
// (000 (二), 001 6–9 and 38, 004 (十五)) plus the columns every portal carries.
// Seeded once, when the catalog is empty; afterwards it belongs to the administrators.
interface Node { name: string; slug: string; keyArea?: boolean; children?: Node[] }

export const DEFAULT_CATALOG: Node[] = [
  { name: '机构职能', slug: 'jigou-zhineng' },
  {
    name: '政策文件', slug: 'zhengce-wenjian', children: [
      { name: '行政规范性文件', slug: 'xingzheng-guifanxing-wenjian' },
      { name: '其他文件', slug: 'qita-wenjian' },
      { name: '政务公开工作', slug: 'zhengwu-gongkai-gongzuo' },
    ],
  },
  { name: '政策解读', slug: 'zhengce-jiedu' },
  {
    name: '重点领域信息公开', slug: 'zhongdian-lingyu', keyArea: true, children: [
      { name: '财政预决算', slug: 'caizheng-yujuesuan', keyArea: true },
      { name: '重大建设项目批准和实施', slug: 'zhongda-jianshe-xiangmu', keyArea: true },
      { name: '公共资源配置', slug: 'gonggong-ziyuan-peizhi', keyArea: true },
      {
        name: '社会公益事业建设', slug: 'shehui-gongyi-shiye', keyArea: true, children: [
          { name: '精准扶贫', slug: 'jingzhun-fupin', keyArea: true },
          { name: '社会救助', slug: 'shehui-jiuzhu', keyArea: true },
          { name: '食品安全', slug: 'shipin-anquan', keyArea: true },
          { name: '环境污染调查处理', slug: 'huanjing-wuran-diaocha-chuli', keyArea: true },
        ],
      },
    ],
  },
  { name: '权责清单', slug: 'quanze-qingdan' },
  { name: '双随机一公开', slug: 'shuang-suiji-yi-gongkai' },
  { name: '建议提案办理结果', slug: 'jianyi-tian-banli-jieguo' },
  { name: '办事指南', slug: 'banshi-zhinan' },
  { name: '政府信息公开年度报告', slug: 'gongkai-niandu-baogao' },
];

export async function ensureCatalog(strapi: Core.Strapi) {
  const uid = 'api::catalog-category.catalog-category' as const;
  if ((await strapi.db.query(uid).count()) > 0) return;
  await strapi.db.transaction(async () => {
    const insert = async (nodes: Node[], parent: string | null) => {
      for (const [order, node] of nodes.entries()) {
        const created = await strapi.documents(uid).create({
          data: { name: node.name, slug: node.slug, keyArea: !!node.keyArea, order, parent: parent ? { documentId: parent } : null } as any,
        });
        if (node.children) await insert(node.children, created.documentId);
      }
    };
    await insert(DEFAULT_CATALOG, null);
  });
}
