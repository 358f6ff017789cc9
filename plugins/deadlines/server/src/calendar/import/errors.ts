// Import errors for holiday schedules (R20 note: the holiday data must be updatable by an
// administrator). Messages are Chinese and name the line and/or field at fault.

export interface SourceLocation {
  /** 1-based line in the imported text, when known. */
  line?: number;
  /** Field path in Chinese-friendly form, e.g. 'holidays 第 3 项 date'. */
  field?: string;
}

/** `第 3 行：日期 2027-02-30 无效（holidays 第 3 项 date）` */
export function locatedMessage(message: string, at: SourceLocation = {}): string {
  const prefix = at.line ? `第 ${at.line} 行：` : '';
  const suffix = at.field ? `（${at.field}）` : '';
  return `${prefix}${message}${suffix}`;
}

export class CalendarImportError extends Error {
  readonly line?: number;
  readonly field?: string;

  constructor(message: string, at: SourceLocation = {}) {
    super(locatedMessage(message, at));
    this.name = 'CalendarImportError';
    this.line = at.line;
    this.field = at.field;
  }
}
