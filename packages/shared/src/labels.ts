// Chinese labels of the enumerations in the content model (R1-R6). Enumeration
// values are ASCII because Strapi requires GraphQL-safe enum values; every place that
// shows them to people (admin translations, portal) reads the labels from here.

export const ENUM_LABELS = {
  disclosureMode: { proactive: '主动公开', on_request: '依申请公开', not_public: '不予公开' },
  documentType: {
    normative: '行政规范性文件',
    major_decision: '重大行政决策',
    work_notice: '工作通知',
    forwarded: '转发文件',
    implementation_plan: '实施方案',
    other: '其他',
  },
  validity: { in_force: '现行有效', expired: '失效', repealed: '废止' },
  unitKind: { government: '人民政府', department: '政府部门', institution: '事业单位', other: '其他' },
  taskLevel: { part: '部分', section: '节', task: '任务' },
  progressStatus: { not_started: '未开始', in_progress: '推进中', done: '已完成', overdue: '逾期' },
  interpretationForm: {
    text: '文字',
    graphic: '图解',
    video: '视频',
    interview: '在线访谈',
    press_conference: '新闻发布会',
    qa: '一问一答',
  },
} as const;

export type EnumName = keyof typeof ENUM_LABELS;

/** Chinese label of an enumeration value; the value itself when unknown. */
export function enumLabel(name: EnumName, value: string | null | undefined): string {
  if (!value) return '';
  return (ENUM_LABELS[name] as Record<string, string>)[value] ?? value;
}

/** Reverse lookup: the enumeration value for a Chinese label (importer, CSV import). */
export function enumValueOf(name: EnumName, label: string): string | null {
  const entry = Object.entries(ENUM_LABELS[name]).find(([, l]) => l === label.trim());
  return entry ? entry[0] : null;
}
