// Group names in unit cells (R2, R5): "各县（市、区）人民政府（管委会）", "市有关单位",
// "市直各单位", "区政府各部门" name a set of units, not one. They are kept in the task's
// units text and never created as units (a directory entry with that exact name, made
// by an editor on purpose, still matches first).
//
// The rule: a name is a group when it
//   (a) distributes or selects: contains 各 / 有关 / 相关 / 所属 / 成员单位 / 以上 / 其他, or
//   (b) ends in a collective noun: …单位 / …部门 / …机构 / …企业 / …企事业单位, or
//   (c) is a bare kind without a proper name: 街道办事处, 乡镇政府, 园区管委会 ….

const DISTRIBUTIVE = /各|有关|相关|所属|成员单位|以上|其他|其它/;
const COLLECTIVE = /(?:单位|部门|机构|企业|企事业单位|组织)$/;
const BARE_KIND = /^(?:街道办事处|街道|乡镇|乡镇政府|乡镇人民政府|镇政府|镇人民政府|乡政府|园区管委会|管委会|社区|村委会|居委会)$/;

export function isGroupName(name: string): boolean {
  return DISTRIBUTIVE.test(name) || COLLECTIVE.test(name) || BARE_KIND.test(name);
}
