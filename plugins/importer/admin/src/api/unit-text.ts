// Unit lists are edited as one line of text: "市编办、市有关单位、各县（市、区）人民政府（管委会）".
// Split with the parser's own bracket-aware splitter, so the 、 inside "（市、区）" stays.
import { splitOutsideBrackets } from '../../../server/src/parser/text';

export function splitUnitText(text: string): string[] {
  return splitOutsideBrackets(text, '、，,；;')
    .map((p) => p.piece.trim())
    .filter(Boolean);
}

export const joinUnits = (names: string[]) => names.join('、');
