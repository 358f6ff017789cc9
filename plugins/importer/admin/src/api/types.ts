// Shapes of the importer's admin API (see ../../../server/src/controllers/importer.ts).
import type { ParseResult, ParsedNotice, ParsedTask } from '../../../server/src/parser/types';

export type { ParseResult, ParsedNotice, ParsedTask };

export interface UnitReport {
  matched: { text: string; documentId: string; name: string }[];
  unknown: string[];
  groups: string[];
}

export interface Preview {
  fileName: string;
  source: string;
  result: ParseResult;
  units: UnitReport;
}

export interface CommitReport {
  notice: { documentId: string; slug: string | null; taskTable: string | null };
  forwards: { documentId: string; title: string; docNumber: string | null; created: boolean; taskCount: number }[];
  taskCount: number;
  createdUnits: { documentId: string; name: string; shortName: string | null; text: string }[];
}

export interface Category {
  slug: string;
  name: string;
  parent: string | null;
}
