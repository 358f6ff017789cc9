// The importer's parser (R41): text in the shapes of the seed documents → a notice
// (R1) with its task table (R2) and the unit directories of its attachments (R5).
export { parseNoticeText } from './parse';
export { ImportError } from './errors';
export { decodeInput, decodeInputAsync, readInputFile } from './decode';
export { parseDeadline, findDeadline, type Deadline } from './deadline';
export { parseDocDate } from './doc-dates';
export { splitUnitNames, parseAssignment, matchUnitNames, type Assignment, type DirectoryUnit, type UnitMatch } from './units';
export type { ParseResult, ParsedNotice, ParsedTask, ParsedAttachment, UnitList } from './types';
