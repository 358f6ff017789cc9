import { enumLabel } from '@gongkai/shared';

// Task tables downloadable as CSV and JSON (R31 可利用). CSV has a BOM so Excel/WPS open
// it as UTF-8; cells that start with = + - @ are prefixed to stop formula injection.

const names = (list?: any[]) => (list ?? []).map((u) => u.name);

export function tasksAsJson(notice: any) {
  return {
    notice: { title: notice.title, docNumber: notice.docNumber ?? null, indexNumber: notice.indexNumber ?? null },
    tasks: notice.tasks.map((t: any) => ({
      level: t.level,
      label: t.label,
      title: t.title,
      requirement: t.requirement ?? null,
      leadUnits: names(t.leadUnits),
      responsibleUnits: names(t.responsibleUnits),
      deadlineText: t.deadlineText ?? null,
      deadline: t.deadline ?? null,
      progress: t.progress.map((r: any) => ({ unit: r.unit?.name ?? null, state: enumLabel('progressStatus', r.state), text: r.text, reportedOn: r.reportedOn })),
    })),
  };
}

function cell(v: unknown) {
  let s = String(v ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tasksAsCsv(notice: any) {
  const header = ['层级', '序号', '工作任务', '具体要求', '牵头单位', '责任单位', '时限（原文）', '完成时限', '落实情况'];
  const rows = notice.tasks.map((t: any) => [
    enumLabel('taskLevel', t.level), t.label, t.title, t.requirement, names(t.leadUnits).join('、'), names(t.responsibleUnits).join('、'),
    t.deadlineText, t.deadline, t.progress.map((r: any) => `${r.unit?.name ?? ''}：${r.text}`).join('；'),
  ]);
  return '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
