// The one error type of the importer (R41): names the file and, when known, the line.
// Its message is shown to editors, so it is in Chinese.

export class ImportError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(line == null ? `文件 ${file}：${reason}` : `文件 ${file} 第 ${line} 行：${reason}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Thrown by inner modules that do not know the file name; parseNoticeText turns it into an ImportError. */
export class LineError extends Error {
  constructor(readonly line: number | null, readonly reason: string) {
    super(reason);
    this.name = 'LineError';
  }
}
