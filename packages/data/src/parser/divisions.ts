/**
 * Divisions (内设机构): name, other names, co-location and responsibilities, from the division
 * list and the 合署办公 sentences around it.
 */
import type { Clause, Division, DivisionNote } from '../model/types.js';
import {
  eachPieceOutsideBrackets,
  indexOutsideBrackets,
  isBracketed,
  splitOutsideBrackets,
  splitTrailingGroups,
  unbracket,
} from './brackets.js';
import type { Report } from './diagnostics.js';
import { columnAt } from './lines.js';
import { formatNumeral, parseNumeral } from './numerals.js';
import { CO_LOCATION, DIVISION_DUTIES_MARK, findSignboards } from './patterns.js';
import { itemCitation } from './roles.js';
import { isNameOnly, type Node } from './structure.js';
import { startsWithNumber, type LineToken } from './tokens.js';
import { siteCut } from './truncation.js';
import {
  DUTY_VERB,
  lastClause,
  leadingName,
  looksLikeDivisionName,
  startsWithClauseVerb,
  startsWithDutyVerb,
} from './units.js';

/** Where a division's name ends: 机关党委办公室（办公室）。负责… */
const NAME_END = '。：:，,；; \u3000\t';
/** Where one clause of responsibilities ends. */
const CLAUSE_END = '。；;';
/** A clause that only carries a signboard: 加挂X牌子. */
const SIGNBOARD_ONLY = /^(?:加[挂掛]|[对對]外保留)[^，,。；;]+牌子$/;
/** A clause that ends in 合署办公: "X与Y合署办公". */
const CO_LOCATION_SENTENCE = /^(.*)合署[办辦]公$/;
/** "and" in "X与Y合署办公", most specific first. */
const JOINERS = ['与', '與', '和', '同'];
/** Words that point back to the division the note is in. */
const SELF = new Set(['其', '本处', '本處', '该处', '該處']);

/** True when the whole of `text` is an office's name: 离退休干部科, 人事科（机关党委办公室）. */
function isDivisionName(text: string): boolean {
  return looksLikeDivisionName(text) && leadingName(text) === text.trim();
}

/** The lines of an item that has none. */
const NO_NODES: readonly Node[] = Object.freeze([]);

/** A division while its list is being read. */
interface Draft {
  readonly item: Node;
  readonly division: Division;
}

/** A 合署办公 sentence and the division it was written in (if any). */
interface CoLocationSentence {
  readonly text: string;
  readonly node: Node;
  /** 0-based offset within the node's line (trimmed). */
  readonly offset: number;
  readonly context: Draft | null;
}

/**
 * `list` with `value` added. A first entry makes a list of one, exactly as long as it needs: a
 * first push keeps room for seventeen (see `fit`).
 */
function withEntry<T>(list: T[], value: T): T[] {
  if (list.length === 0) return [value];
  list.push(value);
  return list;
}

/** `list` with `value` added, unless it is empty or already there. */
function addUnique(list: string[], value: string): string[] {
  return value !== '' && !list.includes(value) ? withEntry(list, value) : list;
}

function reportUnclosed(node: Node, offset: number, report: Report): void {
  report({
    severity: 'warning',
    code: 'unbalanced-brackets',
    message: 'This bracket is never closed, so the text after it is not split into clauses.',
    line: node.line.number,
    column: columnAt(node.line, offset),
  });
}

/** The endings of clause ids and citations, `__clause_3` and 第三句, kept for the first clause numbers. */
const CLAUSE_ID_ENDINGS: string[] = [];
const CLAUSE_CITATION_ENDINGS: string[] = [];
/** Divisions have a handful of clauses; a text with thousands in one is not worth a table. */
const KEPT_ENDINGS = 64;

function clauseIdEnding(number: number): string {
  if (number >= KEPT_ENDINGS) return `__clause_${number}`;
  return (CLAUSE_ID_ENDINGS[number] ??= `__clause_${number}`);
}

function clauseCitationEnding(number: number): string {
  if (number >= KEPT_ENDINGS) return `第${formatNumeral(number)}句`;
  return (CLAUSE_CITATION_ENDINGS[number] ??= `第${formatNumeral(number)}句`);
}

/** Adds a responsibility clause to a division (its id is its item's). */
function addClause(division: Division, text: string): void {
  const number = division.responsibilities.length + 1;
  // Each is the division's own id or citation joined to an ending shared by every clause of that
  // number: one small pair of references to strings that live on anyway, instead of a copy of the
  // division's characters per clause (or a rope of four parts, as a template literal would build).
  const clause: Clause = {
    id: division.id + clauseIdEnding(number),
    citation: division.citation + clauseCitationEnding(number),
    text,
  };
  division.responsibilities = withEntry(division.responsibilities, clause);
}

/**
 * Splits one piece of a division's text (its `text`, at `offset` in `node`'s line) into
 * responsibility clauses, setting aside notes and sentences. Pieces are taken one at a time, as
 * the splitter finds them: a list of them, or of the sources, would be garbage for every division.
 */
function readClauses(
  draft: Draft,
  node: Node,
  text: string,
  offset: number,
  sentences: CoLocationSentence[],
  report: Report,
): void {
  const { division } = draft;
  const unclosedAt = eachPieceOutsideBrackets(text, CLAUSE_END, (piece, start) => {
    const inner = unbracket(piece);
    if (inner.includes('合署') && CO_LOCATION_SENTENCE.test(inner)) {
      sentences.push({ text: inner, node, offset: offset + start, context: draft });
    } else if (SIGNBOARD_ONLY.test(inner) || (isBracketed(piece) && findSignboards(inner).length > 0)) {
      for (const found of findSignboards(inner)) division.alsoKnownAs = addUnique(division.alsoKnownAs, found.name);
    } else addClause(division, piece);
  });
  if (unclosedAt !== null) reportUnclosed(node, offset + unclosedAt, report);
}

/** Reads one division item: （一）机关党委办公室（办公室）。负责… */
function readDivision(
  container: Node,
  item: Node,
  children: readonly Node[],
  sentences: CoLocationSentence[],
  report: Report,
  unnumbered: number | null,
): Draft {
  const citation =
    unnumbered === null
      ? itemCitation(container, item)
      : `${container.label ?? container.id}(${leadingName(item.text)})`;
  let nameEnd = indexOutsideBrackets(item.text, NAME_END);
  // The duties may follow the name with no mark: 离退休干部科负责… (the verb stays in the text).
  let textStart = nameEnd + 1;
  const verbAt = item.text.search(DUTY_VERB);
  if (verbAt > 0 && (nameEnd === -1 || verbAt < nameEnd) && isDivisionName(item.text.slice(0, verbAt))) {
    nameEnd = verbAt;
    textStart = verbAt;
  }
  const head = nameEnd === -1 ? item.text : item.text.slice(0, nameEnd);
  const { name, notes } = splitTrailingGroups(head);
  if (name === '') {
    report({
      severity: 'warning',
      code: 'division-name-missing',
      message: `Division ${item.label ?? ''} has no name before its text; it is named by its citation.`,
      line: item.line.number,
      column: columnAt(item.line, item.textOffset),
    });
  }
  const division: Division = {
    id: item.id,
    number: unnumbered ?? item.number ?? 1,
    name: name || citation,
    citation,
    alsoKnownAs: [],
    coLocated: [],
    responsibilities: [],
  };
  // Set after, not spread in: spreading an empty object makes one for every numbered division.
  if (unnumbered !== null) division.unnumbered = true;
  const draft: Draft = { item, division };
  for (const note of notes) {
    const signboards = findSignboards(note);
    if (CO_LOCATION.test(note)) sentences.push({ text: note, node: item, offset: item.textOffset, context: draft });
    else if (signboards.length > 0) {
      for (const found of signboards) division.alsoKnownAs = addUnique(division.alsoKnownAs, found.name);
    } else division.alsoKnownAs = addUnique(division.alsoKnownAs, note);
  }
  if (nameEnd !== -1) {
    readClauses(draft, item, item.text.slice(textStart), item.textOffset + textStart, sentences, report);
  }
  for (const child of children) readClauses(draft, child, child.text, child.textOffset, sentences, report);
  fit(division);
  return draft;
}

/** The splits of "X与Y" into X and Y, at each joining word, most likely first. */
function splitsOf(text: string): [string, string][] {
  const splits: [string, string][] = [];
  for (const joiner of JOINERS) {
    for (let at = text.indexOf(joiner); at !== -1; at = text.indexOf(joiner, at + 1)) {
      splits.push([text.slice(0, at).trim(), text.slice(at + 1).trim()]);
    }
  }
  return splits;
}

/** The divisions by name and by other name (the first one listed wins), for linear look-ups. */
interface DraftIndex {
  readonly byName: ReadonlyMap<string, Draft>;
  readonly byAlias: ReadonlyMap<string, Draft>;
}

function indexDrafts(drafts: readonly Draft[]): DraftIndex {
  const byName = new Map<string, Draft>();
  const byAlias = new Map<string, Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as Draft;
    if (!byName.has(draft.division.name)) byName.set(draft.division.name, draft);
    for (const alias of draft.division.alsoKnownAs) if (!byAlias.has(alias)) byAlias.set(alias, draft);
  }
  return { byName, byAlias };
}

/**
 * Applies one 合署办公 sentence. "A与B合署办公": the listed division A gets B (and a listed B gets
 * A); "A与其合署办公" in a division's text: that division gets A. Returns false when no listed
 * division is named.
 */
function applyCoLocation(sentence: CoLocationSentence, index: DraftIndex): boolean {
  const pair = CO_LOCATION_SENTENCE.exec(sentence.text.replace(/[。.；;，,\s]+$/, ''))?.[1] ?? '';
  const byName = (name: string): Draft | undefined => index.byName.get(name);
  const byAlias = (name: string): Draft | undefined => index.byAlias.get(name);
  const splits = splitsOf(pair.trim());
  const { context } = sentence;
  for (const [first, second] of splits) {
    if (context && SELF.has(second) && first !== '') {
      context.division.coLocated = addUnique(context.division.coLocated, first);
      return true;
    }
    if (context && first === '' && second !== '') {
      context.division.coLocated = addUnique(context.division.coLocated, second);
      return true;
    }
  }
  for (const find of [byName, byAlias]) {
    for (const [first, second] of splits) {
      if (first === '' || second === '') continue;
      const a = find(first);
      const b = find(second);
      if (a && a.division.name !== second) a.division.coLocated = addUnique(a.division.coLocated, second);
      if (b && b !== a && b.division.name !== first) b.division.coLocated = addUnique(b.division.coLocated, first);
      if (a || b) return true;
    }
  }
  return false;
}

/**
 * Sets a division's bracketed notes where no list item carries them (a name alone on its line, an
 * inline list): 与X合署办公 is a body it operates jointly with, 加挂X牌子 an other name, and any
 * other note an other name.
 */
function applyNotes(division: Division, notes: readonly string[]): void {
  for (const note of notes) {
    const pair = CO_LOCATION_SENTENCE.exec(note.replace(/[。.；;，,\s]+$/u, ''))?.[1];
    const other =
      pair === undefined
        ? undefined
        : splitsOf(pair.trim()).find(([first, second]) => first === '' && second !== '')?.[1];
    if (other !== undefined) {
      division.coLocated = addUnique(division.coLocated, other);
      continue;
    }
    const signboards = findSignboards(note);
    if (signboards.length === 0) division.alsoKnownAs = addUnique(division.alsoKnownAs, note);
    for (const found of signboards) division.alsoKnownAs = addUnique(division.alsoKnownAs, found.name);
  }
}

/** A sentence of the division section that is not a division: 纪检监察机构按有关规定设置。 */
const NOTE = /按[^。]{0,12}[规規]定|另行|[设設]置[。.]?$/u;

const STOP_OR_SPACE_FIRST = /^[。.\s]/u;

/** True when a line is an unnumbered body: 机关党委。负责… / 离退休干部处负责… / 机关党委 负责… */
export function isUnnumberedDivision(text: string): boolean {
  if (!looksLikeDivisionName(text)) return false;
  const rest = text.slice(leadingName(text).length);
  return rest === '' || STOP_OR_SPACE_FIRST.test(rest) || startsWithDutyVerb(rest);
}

/** The division list read: the divisions, and the sentences of the section that are not divisions. */
export interface DivisionsResult {
  readonly divisions: Division[];
  readonly notes: DivisionNote[];
  /** The lines read as unnumbered bodies (机关党委。负责…), which the structure left unrecognised. */
  readonly unnumberedLines: readonly number[];
}

/**
 * Reads the division list: numbered items, unnumbered bodies after them (机关党委。负责…), and
 * notes. Reports duplicate names and 合署办公 sentences that name no listed division.
 */
export function parseDivisions(container: Node | null, report: Report): DivisionsResult {
  if (!container) return { divisions: [], notes: [], unnumberedLines: [] };
  const drafts: Draft[] = [];
  const notes: DivisionNote[] = [];
  const sentences: CoLocationSentence[] = [];
  let unnumbered = 0;
  const unnumberedLines: number[] = [];
  const readUnnumbered = (node: Node): void => {
    const number = drafts.length + 1;
    unnumbered++;
    unnumberedLines.push(node.line.number);
    // Written out field by field: a node reads its text and line through its prototype, which a
    // spread would not copy.
    const item: Node = {
      kind: 'item',
      origin: node.origin,
      number,
      label: node.label,
      numeral: node.numeral,
      text: node.text,
      line: node.line,
      textOffset: node.textOffset,
      children: node.children,
      role: node.role,
      id: `${container.id}__point_u${unnumbered}`,
      inferredArticle: node.inferredArticle,
    };
    drafts.push(readDivision(container, item, [], sentences, report, number));
  };
  const children = container.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Node;
    if (child.kind === 'item') {
      // Lines after an item are its text, unless they start an unnumbered body or are a note.
      // (Most items have no such lines, and share one empty list.)
      let own: readonly Node[] = NO_NODES;
      let later: readonly Node[] = NO_NODES;
      if (child.children.length > 0) {
        const ownLines: Node[] = [];
        const laterLines: Node[] = [];
        child.children.forEach((line, index) => {
          const describesName = index === 0 && isNameOnly(child) && !isNameOnly(line);
          if (describesName || (laterLines.length === 0 && !isUnnumberedDivision(line.text))) ownLines.push(line);
          else laterLines.push(line);
        });
        own = ownLines;
        later = laterLines;
      }
      drafts.push(readDivision(container, child, own, sentences, report, null));
      for (const line of later) {
        if (isUnnumberedDivision(line.text)) readUnnumbered(line);
        else if (CO_LOCATION.test(line.text) || !NOTE.test(line.text)) {
          const draft = drafts[drafts.length - 1];
          if (draft) {
            readClauses(draft, line, line.text, line.textOffset, sentences, report);
            fit(draft.division);
          }
        } else notes.push({ text: line.text, line: line.line.number });
      }
    } else if (child.kind === 'paragraph' && CO_LOCATION.test(child.text)) {
      const context = drafts[drafts.length - 1] ?? null;
      for (const piece of splitOutsideBrackets(child.text, CLAUSE_END).pieces) {
        sentences.push({ text: unbracket(piece.text), node: child, offset: child.textOffset + piece.start, context });
      }
    } else if (child.kind === 'paragraph' && drafts.length > 0 && isUnnumberedDivision(child.text)) {
      readUnnumbered(child);
    } else if (child.kind === 'paragraph' && child.text !== '') {
      notes.push({ text: child.text, line: child.line.number });
    }
  }
  const index = indexDrafts(drafts);
  for (const sentence of sentences) {
    if (!applyCoLocation(sentence, index)) {
      report({
        severity: 'warning',
        code: 'co-location-unresolved',
        message: `"${sentence.text}" names no listed division.`,
        line: sentence.node.line.number,
        column: columnAt(sentence.node.line, sentence.offset),
      });
    }
  }
  // The names met so far, each with its message once it is listed again: a name listed many times
  // gets one string.
  const seen = new Map<string, string | null>();
  for (let i = 0; i < drafts.length; i++) {
    const { item, division } = drafts[i] as Draft;
    const known = seen.get(division.name);
    if (known === undefined) seen.set(division.name, null);
    else {
      const message = known ?? `Division ${division.name} is listed more than once.`;
      seen.set(division.name, message);
      report({
        severity: 'warning',
        code: 'duplicate-division',
        message,
        line: item.line.number,
        column: columnAt(item.line, item.textOffset),
      });
    }
  }
  // 合署办公 sentences, applied above, are all that can have grown a list since its division was read.
  for (let i = 0; i < drafts.length; i++) {
    const { division } = drafts[i] as Draft;
    if (division.coLocated.length > 1) division.coLocated = division.coLocated.slice();
  }
  return { divisions: drafts.map((draft) => draft.division), notes, unnumberedLines };
}

/**
 * Copies a division's lists at their exact length as soon as it is read: a list grown one push at
 * a time keeps room for seventeen entries, and a long division list would keep thousands of such
 * lists alive (and copied by the garbage collector) while the rest of it is read.
 */
function fit(division: Division): void {
  // A list of one was made at its length (see `withEntry`).
  if (division.alsoKnownAs.length > 1) division.alsoKnownAs = division.alsoKnownAs.slice();
  if (division.coLocated.length > 1) division.coLocated = division.coLocated.slice();
  if (division.responsibilities.length > 1) division.responsibilities = division.responsibilities.slice();
}

/**
 * An inline list: 内设办公室（人事教育科）、业务科技科、计划财务科，… / 下设综合科、…4个内设机构 /
 * 内设机构包括，办公厅、综合规划司… (a summary introduces the list with a verb and a mark) /
 * 四、内设机构：办公室、群众体育科… (a profile page's heading, the list after its colon) /
 * 设4个股：人秘股、政策法规股… (a count, then the list after a colon or a semicolon) / 内设17个职能科室，分别为
 * 办公室、政策法规科… (a count, then the list after 分别为, or 现设9个处室，即…) / 内设4个科室（办公室、…） (the list
 * in brackets after its count) / 州委宣传部设办公室、新闻宣传科… (设 alone, after the agency's name) /
 * 股室：办公室、财政审计股… or 机构设置：… (a label at the start of a line, the list after its colon).
 */
const INLINE_LIST =
  /(?:[内內现現]?[设設]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*(?:[个個][^：:；;，,。、]{1,8}|(?:[内內][设設])?[机機][构構])[，,]\s*(?:分[别別][为為是]|包括|即)[：:]?|[内內]?[设設]有?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[个個][^：:；;，,。、]{0,8}[：:；;]|[内內]?[设設]有?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[个個][^：:；;，,。、（(]{0,8}[（(](?=[^（()）]*、)|[内內][设設]|下[设設]|[机機][关關](?:[设設]|现有|現有)|(?<=^|[。；;！!]\s{0,2}|[局委办辦厅廳院关關])[设設]有|(?<=(?:^|[。；;！!，,：:])\s{0,2}[^，,。；;：:、\s]{2,20}[局委办辦厅廳院部])[设設](?![立置计計施备備有])|[内內]部[机機][构構](?:包括|[为為有])[：:]?|(?<=^(?:[一二三四五六七八九十]{1,3}、)?\s{0,2})(?:[科处處股]室|[机機][构構])(?:[设設]置)?[：:](?![^、，,。；;]{0,20}[设設]))(?:[机機][构構](?:(?:包括|[为為有是])[，,：:]?|[：:]))?([^，,。；;]{2,200})/gu;
/** The most places in one line where an inline list is tried (a definition may come first: 内设机构是指…). */
const INLINE_TRIES = 8;
/** How a summarised list ends: …等27个司局部门, …等, …信息中心21个股室; group 1 is the count. */
const TRAILING_COUNT = /(?:等?\s*([0-9０-９一二三四五六七八九十]{1,3})\s*[个個][^、]*|等)$/u;

/**
 * True when an inline list whose names do not all look like an office's is still the agency's
 * list: the count after it is its number of names (…、信息中心21个股室和直属单位), and half of the names
 * at least are offices' (a gazetteer lists its units and stations with them).
 */
function countedList(list: string, names: readonly { name: string }[]): boolean {
  const count = TRAILING_COUNT.exec(list);
  return (
    count?.[1] !== undefined &&
    parseNumeral(count[1].normalize('NFKC')) === names.length &&
    2 * names.filter(({ name }) => isDivisionName(name)).length >= names.length
  );
}
/**
 * Other bodies, counted, after a list of divisions: 及一个正科级事业单位, 和2个直属单位; not a name
 * with 和 in it (行政政法和事业单位资产管理股).
 */
const OTHER_BODIES = /(?:及|和|以及)[^、]{0,6}[0-9０-９一二三四五六七八九十]{1,3}\s*[个個][^、]{0,8}[单單]位.*$/u;
/** A list's own count of one after its name: 内设综合科1个职能科室. */
const ONE_AFTER = /^[^、]{2,20}[1１一]\s*[个個]/u;
/** A count of one before an inline list: 内设1个职能科室：. */
const ONE_COUNTED = /[设設]有?\s*[1１一]\s*[个個][^：:；;，,。、]{0,8}[：:；;]/u;

/**
 * A piece of an inline list split at 和/及 when every part is an office's name
 * (宣传教育科和自然保护科, 财务科及审计科 → two); a name with the word inside (科技和信息化处) stays whole.
 */
function splitJoined(text: string): string[] {
  const parts = splitOutsideBrackets(text, '和及').pieces.map((piece) => piece.text);
  return parts.length > 1 && parts.every(isDivisionName) ? parts : [text];
}

/**
 * Divisions named in a sentence, for texts without a division list. Every name of the list must
 * look like an office's name, or none is taken.
 */
export function inlineDivisions(tokens: readonly LineToken[], label: string): Division[] {
  for (let i = 0; i < tokens.length; i++) {
    const found = inlineListIn((tokens[i] as LineToken).line.text);
    if (found)
      return found.map(({ name, notes, cut }, index) => {
        const division: Division = {
          id: `sec_divisions__point_${index + 1}`,
          number: index + 1,
          name,
          citation: `${label}(${formatNumeral(index + 1)})`,
          alsoKnownAs: [],
          coLocated: [],
          responsibilities: [],
          ...(cut ? { truncated: true } : {}),
        };
        applyNotes(division, notes);
        return division;
      });
  }
  return [];
}

/** The names of the first inline list in a line that is one (every name an office's, or counted), or null. */
function inlineListIn(text: string): { name: string; notes: readonly string[]; cut?: true }[] | null {
  INLINE_LIST.lastIndex = 0;
  for (let tries = 0; tries < INLINE_TRIES; tries++) {
    const match = INLINE_LIST.exec(text);
    if (!match) return null;
    const capture = match[1] ?? '';
    // 设 alone after a name (X设A、B…): not in a numbered line (a duty: （一）…县农科院设作物所、…), nor
    // when the name is a duty's words (指导县人民医院设内科、外科).
    if (
      /^[设設](?![有\s0-9０-９一二三四五六七八九十])/u.test(match[0]) &&
      (startsWithNumber(text) ||
        startsWithClauseVerb(lastClause(text.slice(Math.max(0, match.index - 40), match.index))))
    ) {
      INLINE_LIST.lastIndex = match.index + 1;
      continue;
    }
    // A list in brackets after its count (内设4个科室（办公室、…、政策法规科）) ends at its bracket.
    const bracketed = /[（(]$/u.test(match[0].slice(0, match[0].length - capture.length));
    // The list ends before other bodies joined to it: …、网宣办及一个正科级事业单位.
    const list = (bracketed ? capture.replace(/[）)].*$/u, '') : capture).replace(OTHER_BODIES, '');
    // A website's cut (…、退休人员社会化管理...): the dots are not the name's.
    const dots = siteCut(list);
    const elided = dots > 0;
    const uncut = list.slice(0, list.length - dots);
    const pieces = splitOutsideBrackets(uncut.replace(TRAILING_COUNT, ''), '、').pieces.map((piece) => piece.text);
    // 和 inside a piece joins two names (宣传教育科和自然保护科), unless the list's own count says
    // the pieces are the names (机关党委和办公室、组织宣传部…5个职能部门).
    const written = parseNumeral((TRAILING_COUNT.exec(uncut)?.[1] ?? '').normalize('NFKC'));
    const joined = pieces.flatMap((piece) => splitJoined(piece));
    const names = (written === pieces.length && joined.length !== written ? pieces : joined).map((text) =>
      splitTrailingGroups(text),
    );
    // One name is a list only after a count of one: 内设1个职能科室：综合科.
    const least = ONE_COUNTED.test(match[0]) || ONE_AFTER.test(list) ? 1 : 2;
    // A list cut off inside its last name (…、科技司、国际 at the end of a line, with no stop): that
    // name is kept as written, flagged truncated. A last name that is an office's is no cut.
    const lastName = names[names.length - 1];
    const cut =
      !bracketed &&
      match.index + match[0].length === text.length &&
      lastName !== undefined &&
      (elided || !isDivisionName(lastName.name));
    const named = cut ? names.slice(0, -1) : names;
    if (named.length >= least && (named.every(({ name }) => isDivisionName(name)) || countedList(list, names)))
      return cut ? [...named, { ...lastName, cut: true }] : names;
    // The next try starts right after this one's opening words, not after its whole capture.
    INLINE_LIST.lastIndex = match.index + 2;
  }
  return null;
}

/**
 * A name and, after a space, its text on one line (a gazetteer's way: 办公室 1993年9月成立…): the name
 * and the text; null for any other line.
 */
function nameThenText(text: string): { name: string; notes: readonly string[]; rest: string } | null {
  const match = NAME_THEN_TEXT.exec(text);
  if (!match) return null;
  const found = splitTrailingGroups(match[1] ?? '');
  // Before a colon, a name of three characters at least (主办：, 电话： are labels).
  if (match[2] && found.name.length < 3) return null;
  return isDivisionName(found.name) && !GENERIC_NAME.test(found.name) ? { ...found, rest: match[3] ?? '' } : null;
}
const NAME_THEN_TEXT = /^([^\s。；;，,：:、]{2,30})(?:\s*([：:])\s*|\s+)(\S.*)$/u;

/**
 * Words for divisions in general, never one division's name: 股室：办公室、…; 内设科室：…; and a
 * website's footer labels (主办：…, 承办：…).
 */
const GENERIC_NAME =
  /^(?:(?:[内內][设設]|[机機][关關]|[职職]能|[业業][务務]|各)?(?:[科处處股]室|[机機][构構])|[主承协協][办辦])$/u;

/** A list's number at the start of a line: (1), （一）, 1., 2、, 三、. */
const LIST_LABEL =
  /^(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,3}[.．、]|[一二三四五六七八九十]{1,3}、)\s*/u;

/**
 * A name alone on its line: 政策法規司, 辦公室(外事辦公室), 综合科：(its text on the next line), or
 * the last one cut off in its bracket: 醫政處(省醫療服務監.
 */
function nameAlone(line: string): { name: string; notes: readonly string[] } | null {
  // A list's number before it, where no list was read ((1)秘書科 after a sentence that counts them).
  const text = line.replace(/[：:]$/u, '').replace(LIST_LABEL, '');
  if (text.length > 30 || /[。；;，,：:、]/u.test(text)) return null;
  const found = splitTrailingGroups(text.replace(/[（(][^（()）]*$/u, ''));
  return isDivisionName(found.name) && !GENERIC_NAME.test(found.name) ? found : null;
}

/** A short line that heads a list of divisions: 内设机构：, 科室设置, 县委政法委机关各科室主要职责. */
const DIVISIONS_HEADING =
  /(?:[内內][设設][机機][构構]|[科处處股]室|[机機][构構][设設]置)(?:[设設]置|及其?[职職][责責能])?$/u;

/** True when the line before token `i` (blank lines aside) heads a list of divisions. */
function headsDivisions(tokens: readonly LineToken[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j] as LineToken).kind === 'blank') j--;
  return j >= 0 && isDivisionsHeading((tokens[j] as LineToken).line.text);
}

/** True when a line heads a list of divisions (see DIVISIONS_HEADING): short, no sentence in it. */
function isDivisionsHeading(line: string): boolean {
  const text = line.replace(/[：:]$/u, '');
  return (
    text.length <= 30 &&
    !/[。；;，,：:]/u.test(text) &&
    !startsWithDutyVerb(text) &&
    (DIVISIONS_HEADING.test(text) || DIVISION_DUTIES_MARK.test(text))
  );
}

/**
 * A short line without a stop or a comma that does not start as a duty does (领导, 直属单位, not
 * 负责机关财务工作): after a division's text, the next heading.
 */
function headingLike(text: string): boolean {
  return text.length <= 10 && !/[。；;，,.]/u.test(text) && !startsWithClauseVerb(text);
}

/** Divisions read from names alone on their lines, and the lines they were read from. */
export interface NameLineDivisions {
  readonly divisions: Division[];
  readonly lines: readonly LineToken[];
}

/**
 * Divisions as names alone on their lines, each with its responsibilities on the line after it,
 * with no heading and no numbers (an excerpt that starts at the list): for texts without a
 * division list. Three names at least, each but the last followed by its text, or none is taken.
 * `first` is a line read before the tokens (a title-like first line that may be the first name).
 */
export function nameLineDivisions(
  tokens: readonly LineToken[],
  label: string,
  first: LineToken | null = null,
): NameLineDivisions {
  let divisions: Division[] = [];
  let lines: LineToken[] = [];
  // Whether the run follows a line that heads divisions (内设机构：, 各科室主要职责).
  let headed = false;
  // A name starts a division only once the one before has its text, so three names are a list,
  // or two under a line that heads divisions.
  const done = (): boolean => divisions.length >= (headed ? 2 : 3);
  // A title-like first line is the first name only when the line after it reads as a division's
  // duties (负责…), not as the agency's description (X是…工作部门), a label (单位职能：…) or a list.
  const next = tokens.find((token) => token.kind !== 'blank');
  const titleNames =
    first !== null &&
    next?.kind === 'text' &&
    startsWithClauseVerb(next.line.text) &&
    !isDivisionsHeading(next.line.text);
  for (let i = titleNames ? -1 : 0; i < tokens.length; i++) {
    const token = (i < 0 ? first : tokens[i]) as LineToken;
    if (token.kind === 'blank') continue;
    const text = token.line.text.trim();
    const alone = token.kind === 'text' ? nameAlone(text) : null;
    const withText = alone || token.kind !== 'text' ? null : nameThenText(text);
    const named = alone ?? withText;
    const last = divisions[divisions.length - 1];
    if (named && (!last || last.responsibilities.length > 0)) {
      if (!last) headed = headsDivisions(tokens, i);
      const number = divisions.length + 1;
      const id = `sec_divisions__point_${number}`;
      const division: Division = {
        id,
        number,
        name: named.name,
        citation: `${label}(${formatNumeral(number)})`,
        alsoKnownAs: [],
        coLocated: [],
        responsibilities: [],
        unnumbered: true,
      };
      applyNotes(division, named.notes);
      divisions.push(division);
      if (withText) {
        for (const { text: piece } of splitOutsideBrackets(withText.rest, CLAUSE_END).pieces)
          addClause(division, piece);
      }
    } else if (
      token.kind === 'text' &&
      last &&
      !named &&
      !/[：:]$/u.test(text) &&
      !isDivisionsHeading(text) &&
      !(last.responsibilities.length > 0 && headingLike(text))
    ) {
      for (const { text: piece } of splitOutsideBrackets(text, CLAUSE_END).pieces) addClause(last, piece);
    } else {
      // Anything else ends the run: keep it if it is a list, else start again.
      if (done()) break;
      // Started again only when something was started: most lines of most texts start nothing. A
      // name that ended the run (the one before it had no text) may start the next: read it again.
      if (lines.length > 0) {
        [divisions, lines] = [[], []];
        if (named) i--;
      }
      continue;
    }
    lines.push(token);
  }
  return done() ? { divisions, lines } : { divisions: [], lines: [] };
}
