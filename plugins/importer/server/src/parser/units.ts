// Unit names in task tables and assignments (R2, R5): splitting lists of units,
// reading who leads (牵头) and who is responsible (负责 / 配合), and matching the names
// against the unit directory (full and short names).
import { fullWidthParens, looksLikeOrg, roundBracketDepth, splitOutsideBrackets, squeezeSpaces, stripHtml, stripMarkdownInline } from './text';

export type UnitRole = 'lead' | 'responsible';

export interface Assignment {
  leadUnits: string[];
  responsibleUnits: string[];
}

// Notes inside a unit list that are not units: "（见附件1，下同）", "（下同）", "（按职责分工负责）".
const NOTE_PARENS = /[（(][^（()）]*(?:附件|下同|按职责|分工|排在|列第|为牵头)[^（()）]*[)）]/g;
const LEADING_WORDS = /^(?:由|请|其中|以及|及|和|并|会同)/;
const TRAILING_WORDS = /(?:等单位|等部门|等)$/;

/** Clean one unit name: spaces from wrapping removed, full-width brackets. */
export function normaliseUnitName(name: string): string {
  return fullWidthParens(squeezeSpaces(name.replace(/\s+/g, ' ')))
    .replace(/^[、，,；;：:\s]+|[、，,；;。：:\s]+$/g, '')
    .replace(LEADING_WORDS, '')
    .replace(TRAILING_WORDS, '');
}

/**
 * Split a list of unit names: on 、，,；; outside brackets ("各县（市、区）人民政府（管委会）"
 * stays whole), on spaces only when every space-separated part is itself a unit
 * ("区市场监督管理局 区审改办" → 2; "市金融工作 局" → 1), on 和/及 between two units.
 * A part that is not a unit by itself ("各省") is joined to the next across 、
 * ("各省、自治区、直辖市人民政府" → 1).
 */
export function splitUnitNames(text: string): string[] {
  // Tables repeat the same unit cell row after row: remember recent answers.
  const cached = splitCache.get(text);
  if (cached) return [...cached];
  const names = splitUnitNamesUncached(text);
  if (splitCache.size >= 2000) splitCache.clear();
  splitCache.set(text, names);
  return [...names];
}

const splitCache = new Map<string, string[]>();

function splitUnitNamesUncached(text: string): string[] {
  const cleaned = stripMarkdownInline(stripHtml(text)).replace(NOTE_PARENS, '');
  const parts = splitOutsideBrackets(cleaned, '、，,；;\n');
  const pieces: { name: string; sep: string }[] = [];
  for (const { piece, sep } of parts) {
    const tokens = piece.trim().split(/[\s\u3000]+/).filter(Boolean);
    if (tokens.length > 1 && tokens.every((t) => looksLikeOrg(normaliseUnitName(t), 3))) {
      tokens.forEach((t, i) => pieces.push({ name: t, sep: i === tokens.length - 1 ? sep : ' ' }));
    } else {
      pieces.push({ name: tokens.join(''), sep });
    }
  }
  // Join parts that are not units by themselves to the next part across 、.
  const joined: string[] = [];
  let carry = '';
  for (let i = 0; i < pieces.length; i++) {
    const { name, sep } = pieces[i];
    const n = normaliseUnitName(name);
    if (!n) continue;
    const full = carry ? `${carry}、${n}` : n;
    if (sep === '、' && !looksLikeOrg(n) && i < pieces.length - 1) {
      carry = full;
      continue;
    }
    carry = '';
    joined.push(...splitOnConjunction(full));
  }
  if (carry) joined.push(carry);
  return dedupe(joined.map(normaliseUnitName).filter((n) => n.length > 0));
}

/** "市有关单位和各县（市、区）人民政府" → two units, when both sides are units. */
function splitOnConjunction(name: string): string[] {
  const parts = splitOutsideBrackets(name, '和及与');
  if (parts.length < 2) return [name];
  const names = parts.map((p) => p.piece);
  return names.every((n) => looksLikeOrg(normaliseUnitName(n), 3)) ? names : [name];
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}

// Role words at the end of a group: "市法制局牵头，市有关单位负责".
const ROLE_WORD = /(分别牵头负责|牵头负责|牵头落实|牵头|按职责分工负责|按职责负责|分别负责|共同负责|具体负责|负责落实|负责|配合落实|配合|参与|协助|协办|落实)(?=$|[，,；;。、\s])/g;
const LABEL = /(牵头单位|牵头部门|牵头责任单位|主办单位|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|承办单位|实施单位|落实单位)\s*[：:]/g;

const HAS_LABEL = new RegExp(LABEL.source);

function roleOfWord(word: string): UnitRole | 'neutral' {
  if (word.includes('牵头')) return 'lead';
  if (/配合|参与|协助|协办/.test(word)) return 'responsible';
  return 'neutral';
}

function roleOfLabel(label: string): UnitRole {
  return /牵头|主办|主责/.test(label) ? 'lead' : 'responsible';
}

export interface AssignmentOptions {
  /** Role of units whose phrase does not say (the column's role in a table; 'lead' in prose). */
  defaultRole: UnitRole;
  /** "排在第一位的为牵头单位": the first unit of an unmarked list leads. */
  firstIsLead?: boolean;
}

/**
 * Read a unit cell or an assignment parenthetical (R2):
 * "（牵头单位：区发改局、区财政局；责任单位：区政府各部门…）",
 * "市编办牵头，市各有关部门配合", "市扶贫办、市民政局分别负责".
 */
export function parseAssignment(text: string, options: AssignmentOptions): Assignment {
  let t = joinSplitRoleWords(stripMarkdownInline(stripHtml(text))).trim();
  t = stripOuterParens(t);
  t = t.replace(NOTE_PARENS, '');
  const lead: string[] = [];
  const responsible: string[] = [];
  const neutral: string[] = [];
  const add = (role: UnitRole | 'neutral', names: string[]) => (role === 'lead' ? lead : role === 'responsible' ? responsible : neutral).push(...names);

  const labels = [...t.matchAll(new RegExp(LABEL.source, 'g'))];
  if (labels.length > 0) {
    // Text before the first label (rare) is read as phrases.
    readPhrases(t.slice(0, labels[0].index), add);
    labels.forEach((m, i) => {
      const from = m.index! + m[0].length;
      const to = i + 1 < labels.length ? labels[i + 1].index! : t.length;
      add(roleOfLabel(m[1]), splitUnitNames(t.slice(from, to).replace(new RegExp(ROLE_WORD.source, 'g'), '')));
    });
  } else {
    readPhrases(t, add);
  }

  if (neutral.length > 0) {
    if (lead.length > 0) responsible.unshift(...neutral);
    else if (options.firstIsLead && responsible.length === 0) {
      lead.push(neutral[0]);
      responsible.push(...neutral.slice(1));
    } else if (options.defaultRole === 'lead') lead.push(...neutral);
    else responsible.push(...neutral);
  }
  return { leadUnits: dedupe(lead), responsibleUnits: dedupe(responsible.filter((n) => !lead.includes(n))) };
}

/** "（…）" → "…" only when the first bracket closes at the very end ("（…（管委会））", not "…（管委会）"). */
function stripOuterParens(t: string): string {
  const s = t.replace(/[。；;]\s*$/, '');
  if (!/^[（(]/.test(s)) return t;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      depth--;
      if (depth === 0) return i === s.length - 1 ? s.slice(1, -1).trim() : t;
    }
  }
  return t;
}

/** "负 责", "牵 头" (a word broken by wrapping) → "负责", "牵头"; other spaces stay for splitUnitNames. */
function joinSplitRoleWords(s: string): string {
  return s.replace(/(负|牵|配|参|协|落|分|单)[\s\u3000]+(责|头|合|与|助|办|实|别|位)/g, '$1$2');
}

function readPhrases(t: string, add: (role: UnitRole | 'neutral', names: string[]) => void): void {
  let from = 0;
  const re = new RegExp(ROLE_WORD.source, 'g');
  let m: RegExpExecArray | null;
  const depthAt = roundBracketDepth(t);
  while ((m = re.exec(t))) {
    if (depthAt(m.index) > 0) continue;
    add(roleOfWord(m[1]), splitUnitNames(t.slice(from, m.index)));
    from = m.index + m[0].length;
  }
  const rest = t.slice(from);
  if (rest.replace(/[，,；;。、\s]/g, '')) add('neutral', splitUnitNames(rest));
}

/** Does the inside of a parenthetical assign units ("牵头单位：…", "…牵头，…配合", "…负责")? */
export function isAssignmentText(inner: string): boolean {
  const t = squeezeSpaces(stripMarkdownInline(inner));
  if (t.length < 3 || t.length > 400 || /。/.test(t)) return false;
  if (/^(?:见|详见|以下简称|下同|含|包括|即)/.test(t)) return false;
  if (HAS_LABEL.test(t)) return true;
  const m = new RegExp(ROLE_WORD.source).exec(t);
  if (!m) return false;
  // The words before the role word must be unit names: "市编办牵头", not "要求各地负责任地…".
  const before = t.slice(0, m.index);
  const names = splitUnitNames(before);
  return names.length > 0 && names.some((n) => looksLikeOrg(n) || /^(?:各|市|区|县|省)/.test(n));
}

/** A unit cell (table) that names units: ends with a role word, has labels, or is mostly unit names. */
export function looksLikeUnitCell(text: string): boolean {
  const t = joinSplitRoleWords(squeezeSpaces(stripMarkdownInline(stripHtml(text)))).replace(/[。；;，,\s]+$/, '');
  if (!t || t.length > 300 || /。/.test(t)) return false;
  if (HAS_LABEL.test(t)) return true;
  if (/(?:负责|牵头|配合|参与|协办|协助|落实)$/.test(t)) return true;
  const names = splitUnitNames(t);
  if (names.length === 0) return false;
  const orgs = names.filter((n) => looksLikeOrg(n)).length;
  return orgs / names.length >= 0.5;
}

export interface DirectoryUnit {
  name: string;
  shortName?: string | null;
  aliases?: string[];
}

export interface UnitMatch<T extends DirectoryUnit> {
  matched: { name: string; unit: T }[];
  /** Names with no directory entry: report them; create only on confirmation (R5). */
  unknown: string[];
}

/** Match unit names against the directory by full name, short name (市编办) or alias. */
export function matchUnitNames<T extends DirectoryUnit>(names: string[], directory: T[]): UnitMatch<T> {
  const index = new Map<string, T>();
  for (const u of directory) {
    for (const key of [u.name, u.shortName, ...(u.aliases ?? [])]) {
      if (key) index.set(normaliseUnitName(key), u);
    }
  }
  const matched: { name: string; unit: T }[] = [];
  const unknown: string[] = [];
  for (const name of dedupe(names.map(normaliseUnitName))) {
    const unit = index.get(name);
    if (unit) matched.push({ name, unit });
    else unknown.push(name);
  }
  return { matched, unknown };
}
