/**
 * Stable ids: a division's or a duty's id derived from its words, so that a revision that inserts
 * a division does not shift every later id (a partner site's `division="…"` attribute or a
 * bookmarked `#…` link keeps pointing at the same office). The slug is pinyin, which needs a
 * dictionary: the caller passes its romanizer, so this package ships none. The old positional id
 * is kept in `positionalId`, and the citation keeps the position.
 */
import type { Division, Duty, Regulation } from '../model/types.js';

/** Romanizes Han text: one toneless syllable per character (other characters may be dropped). */
export type Romanizer = (text: string) => readonly string[];

/** Words that carry no meaning in a slug: 与, 和, 及, 的. */
const FILLERS = /* @__PURE__ */ new Set('与與和及的、，,（）()');
/** How an office's name ends: dropped from the slug when other words remain (外国专家与国际合作处). */
const UNIT_SUFFIX = /[处處室科局司股]$/u;
/** The most syllables a slug keeps. */
const MAX_SYLLABLES = 8;

/** `外国专家与国际合作处` → `waiguo-zhuanjia-guoji-hezuo`: syllables in pairs, fillers dropped. */
export function slugOf(text: string, toPinyin: Romanizer): string {
  const chars = [...text].filter((ch) => !FILLERS.has(ch));
  const core = chars.length > 2 && UNIT_SUFFIX.test(chars.join('')) ? chars.slice(0, -1) : chars;
  const syllables = core
    .slice(0, MAX_SYLLABLES)
    .flatMap((ch) => toPinyin(ch))
    .map((s) =>
      s
        .normalize('NFD')
        .replace(/[^a-z0-9]/giu, '')
        .toLowerCase(),
    )
    .filter((s) => s !== '');
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
  return words.join('-');
}

/** Makes `slug` unique among `used` with -2, -3…; remembers it. */
function claim(slug: string, used: Map<string, number>): string {
  const base = slug === '' ? 'x' : slug;
  const seen = used.get(base);
  used.set(base, (seen ?? 0) + 1);
  if (seen === undefined) return base;
  let candidate = `${base}-${seen + 1}`;
  while (used.has(candidate)) candidate = `${candidate}-x`;
  used.set(candidate, 1);
  return candidate;
}

/**
 * Gives every division an id `div_<slug of its name>` and every duty `duty_<slug of its first
 * words>`, unique within the regulation, and rewrites the references to them (a duty's divisions,
 * a contact's division). A division keeps its positional id in `positionalId`. Pure: returns a new
 * regulation.
 */
export function assignStableIds(regulation: Regulation, toPinyin: Romanizer): Regulation {
  const used = new Map<string, number>();
  const divisionIds = new Map<string, string>();
  const divisions: Division[] = regulation.divisions.map((division) => {
    const positional = division.positionalId ?? division.id;
    const id = `div_${claim(slugOf(division.name, toPinyin), used)}`;
    divisionIds.set(division.id, id);
    const prefix = `${division.id}__`;
    return {
      ...division,
      id,
      positionalId: positional,
      responsibilities: division.responsibilities.map((clause) => ({
        ...clause,
        id: clause.id.startsWith(prefix) ? `${id}__${clause.id.slice(prefix.length)}` : clause.id,
      })),
    };
  });
  const duties: Duty[] = regulation.duties.map((duty) => ({
    ...duty,
    id: `duty_${claim(slugOf(duty.text.slice(0, 6), toPinyin), used)}`,
    ...(duty.divisions ? { divisions: duty.divisions.map((id) => divisionIds.get(id) ?? id) } : {}),
  }));
  return {
    ...regulation,
    duties,
    divisions,
    ...(regulation.contacts
      ? {
          contacts: regulation.contacts.map((contact) =>
            contact.divisionId !== undefined
              ? { ...contact, divisionId: divisionIds.get(contact.divisionId) ?? contact.divisionId }
              : contact,
          ),
        }
      : {}),
  };
}
