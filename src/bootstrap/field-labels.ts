// Chinese field labels for the content-manager (admin panel in zh-Hans). Keyed by
// content-type or component uid; the first entry of each is its main (title) field.
export const FIELD_LABELS: Record<string, Record<string, string>> = {
  'api::notice.notice': {
    title: '标题', slug: '网址别名', docNumber: '文号', docIssuerAbbr: '文号·机关代字', docYear: '文号·年份',
    docSerial: '文号·序号', indexNumber: '索引号', issuer: '发文机关', issuingUnit: '发文单位', writtenOn: '成文日期',
    signedOn: '签发日期', releasedOn: '发布日期', recipients: '主送', cc: '抄送', body: '正文', attachments: '附件',
    disclosureMode: '公开方式', documentType: '文件类型', validity: '时效性', category: '公开目录栏目',
    forwards: '转发的文件', taskTable: '任务分解表', interpretations: '相关解读',
  },
  'api::task-table.task-table': { title: '标题', year: '年度', notices: '所属通知', tasks: '任务' },
  'api::task.task': {
    title: '工作任务', taskTable: '任务分解表', parent: '上级条目', children: '下级条目', level: '层级', label: '序号',
    requirement: '具体要求', leadUnits: '牵头单位', responsibleUnits: '责任单位', unitsText: '单位（原文）',
    deadlineText: '时限（原文）', deadline: '完成时限', order: '排序', progressReports: '落实情况',
  },
  'api::progress-report.progress-report': { text: '落实情况', task: '任务', unit: '报送单位', state: '状态', reportedOn: '报送日期' },
  'api::policy-interpretation.policy-interpretation': {
    title: '标题', slug: '网址别名', notices: '解读的文件', form: '解读形式', interpreter: '第一解读人',
    interpreterTitle: '解读人职务', summary: '摘要', body: '正文', qa: '问答', media: '图解/视频/附件',
    releasedOn: '发布日期', category: '公开目录栏目',
  },
  'api::guide.guide': {
    title: '事项名称', slug: '网址别名', handlingUnit: '办理单位', legalBasis: '设定依据', conditions: '办理条件',
    materials: '申请材料', steps: '办理流程', promisedDays: '承诺时限（工作日）', statutoryDays: '法定时限（工作日）',
    fees: '收费标准', place: '办理地点', hours: '办理时间', onlineUrl: '网上办理地址', phone: '咨询电话',
    changeSummary: '本次变更内容', changeApprovedOn: '变更批准日期', effectiveOn: '具体实施日期', versions: '历史版本',
    category: '公开目录栏目',
  },
  'api::guide-version.guide-version': {
    guideDocumentId: '指南编号', guide: '办事指南', version: '版本号', changeSummary: '变更内容',
    changeApprovedOn: '变更批准日期', effectiveOn: '具体实施日期', snapshot: '发布内容快照',
  },
  'api::unit.unit': { name: '单位名称', shortName: '简称', kind: '单位类型', keyArea: '重点领域单位', parent: '上级单位', children: '下级单位', order: '排序' },
  'api::catalog-category.catalog-category': {
    name: '栏目名称', slug: '网址别名', description: '说明', keyArea: '重点领域', parent: '上级栏目', children: '下级栏目',
    order: '排序', staleAfterDays: '更新周期（天）',
  },
  'content.qa-pair': { question: '问题', answer: '回答' },
  'content.material': { name: '材料名称', legalBasis: '设定依据', copies: '份数', form: '形式', note: '备注' },
  'content.step': { title: '步骤', description: '说明' },
};
