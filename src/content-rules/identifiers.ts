import { shanghaiDate } from '@gongkai/shared';

// Naming rules for generated identifiers (R1), shared by the document-service middleware
// (one document at a time, asking the database) and the benchmark's bulk loader (many at
// once, asking an in-memory set) so both produce the same slugs and 索引号.

/** `base`, else `base-2`, `base-3` … — the first candidate `isTaken` does not claim. */
export async function firstFree(base: string, isTaken: (candidate: string) => boolean | Promise<boolean>, limit = 1000): Promise<string | null> {
  for (let n = 1; n < limit; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  return null;
}

/** 索引号 stem PREFIX-YEAR- (INDEX_NUMBER_PREFIX, default GK); the year of the 文号, else this year. */
export function indexNumberStem(year?: number | null): string {
  const prefix = process.env.INDEX_NUMBER_PREFIX || 'GK';
  return `${prefix}-${year || Number(shanghaiDate().slice(0, 4))}-`;
}

export function formatIndexNumber(stem: string, serial: number): string {
  return `${stem}${String(serial).padStart(5, '0')}`;
}

/** The serial of a generated 索引号 with this stem, or 0 when it is not one. */
export function indexSerial(stem: string, indexNumber: string | null | undefined): number {
  if (!indexNumber?.startsWith(stem)) return 0;
  const tail = indexNumber.slice(stem.length);
  return /^\d+$/.test(tail) ? Number(tail) : 0;
}
