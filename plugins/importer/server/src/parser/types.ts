// Shapes produced by the importer's parser (R41). The CLI's `--json` output is a
// projection of these (see ../cli.ts, `toJsonDocument`).

/** One task of a task table (R2): part → section → task. */
export interface ParsedTask {
  /** Ancestor headings, outermost first, e.g. ["一、着力加强公开解读回应工作", "（一）围绕…"]. */
  path: string[];
  /** The task's own number as written, normalised: "3", "（五）"; null when unnumbered. */
  number: string | null;
  /** 工作任务: the task's own heading, or the first sentence of its text. */
  title: string;
  /** 具体要求 / 工作要求: the task's text (without the title sentence and the unit parenthetical). */
  requirement: string;
  /** 牵头单位 (R2, R5): unit names as written, split and cleaned. */
  leadUnits: string[];
  /** 责任单位 / 配合单位. */
  responsibleUnits: string[];
  /** The deadline phrase as written (spaces removed), e.g. "2018年7月底前", "每年至少1次". */
  deadlineText: string | null;
  /** The phrase as a date 'YYYY-MM-DD' relative to the document's year, when it names one. */
  deadline: string | null;
  /** 1-based source line where the task starts (for messages and review). */
  line: number;
}

export interface ParsedAttachment {
  /** "附件1" when the text labels it, else null (e.g. the plan printed after the signature). */
  label: string | null;
  title: string;
}

/** A notice (通知 / 文件, R1). */
export interface ParsedNotice {
  /** Title, spaces that came from line wrapping removed. */
  title: string;
  /** 文号 as written in the source (whitespace removed), e.g. "扬府办发[2018]67号" (R1 keeps the original). */
  docNumber: string | null;
  /** 文号 with 〔〕 brackets (canonicalDocNumber), e.g. "扬府办发〔2018〕67号". */
  docNumberCanonical: string | null;
  /** 发文机关: signature issuer, else 【发布部门】, else the banner (…文件), else the title's prefix. */
  issuer: string | null;
  /** 成文日期 'YYYY-MM-DD': the signature date, else 【成文日期】, else 【发布日期】. */
  date: string | null;
  /** 发布日期 from metadata (【发布日期】, "发布日期:"), when given. */
  publishDate: string | null;
  /** 主送 units. */
  recipients: string[];
  /** 抄送 units. */
  cc: string[];
  /** 公开方式: 主动公开 | 依申请公开 | 不予公开 (R1), null when the text does not say. */
  disclosure: string | null;
  /** Notices this one forwards (R1, `002`); each may carry its own `tasks`. */
  forwards: ParsedNotice[];
  /** Only on forwarded notices: the forwarded notice's own task table. The top-level notice's tasks are `ParseResult.tasks`. */
  tasks?: ParsedTask[];
  /** The notice's own prose between 主送 and the signature, paragraphs separated by a blank line. */
  body: string;
  /** The office named above the signature date, as written. */
  signatureIssuer: string | null;
  /** The letterhead (发文机关标志), e.g. "绵阳市游仙区人民政府办公室" from "…办公室文件". */
  bannerIssuer: string | null;
  /** 印发机关 and 印发日期 from the closing "…办公室 2018年6月28日印发". */
  printedBy: string | null;
  printDate: string | null;
  /** Attachments printed after the signature (the plan itself, 附件1 …). */
  attachments: ParsedAttachment[];
  /** 文件类型 hint (R1): "转发文件" when the title forwards, else null (the editor decides). */
  docTypeHint: string | null;
  /** 时效性 and 索引号 when a metadata block gives them. */
  validity: string | null;
  indexNumber: string | null;
  /** Every metadata field found (【发文字号】…, "索引号：…"), key → value, as written. */
  meta: Record<string, string>;
  /** 1-based line where the notice starts. */
  line: number;
}

/** A unit directory printed in an attachment (R5), e.g. `000` 附件1 "市有关单位". */
export interface UnitList {
  heading: string;
  units: string[];
}

export interface ParseResult {
  notice: ParsedNotice;
  tasks: ParsedTask[];
  /** Things an editor should check (Chinese, with line numbers). */
  warnings: string[];
  unitLists: UnitList[];
}

/** One cleaned, non-empty source line — or one piece of a run-on line (`002`). */
export interface Block {
  /** 1-based source line. */
  line: number;
  /** Cleaned text: markdown markers and HTML removed, wrapping spaces squeezed. Empty for table rows. */
  text: string;
  /** Table row cells as written (HTML kept, spaces kept) or null. */
  cells: string[] | null;
  /** Markdown heading level (# = 1) or 0. */
  mdHeading: number;
  /** Text of a leading **bold** run (without the markers), or null. */
  bold: string | null;
  /** Piece of a run-on line: the text had lost its line breaks. */
  runOn: boolean;
  /** Run-on only: this section heading was glued to the part heading before it ("一、…（一）…"). */
  gluedToPrevious?: boolean;
}
