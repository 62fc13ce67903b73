import * as en from './en.js';
import type { Strings } from './strings.js';
import * as zhHans from './zh-Hans.js';
import * as zhHant from './zh-Hant.js';

export type { Strings } from './strings.js';

/** The UI languages. Data comes in zh-Hans and zh-Hant; an `en` page gets zh-Hans data. */
export type UiLanguage = 'zh-Hans' | 'zh-Hant' | 'en';

/** One section of the UI strings in every language. */
export type SectionTable<K extends keyof Strings> = Readonly<Record<UiLanguage, Strings[K]>>;

/** The tables of the sections `K` that a component shows. */
export type StringTables<K extends keyof Strings> = { readonly [P in K]: SectionTable<P> };

// One constant per section, each reading its section of the three tables by a static name: a
// component imports the sections it shows, and the bundler drops the others (keeping all
// sections in every component would not fit the directory in its budget).
export const common: SectionTable<'common'> = { 'zh-Hans': zhHans.common, 'zh-Hant': zhHant.common, en: en.common };
export const directory: SectionTable<'directory'> = {
  'zh-Hans': zhHans.directory,
  'zh-Hant': zhHant.directory,
  en: en.directory,
};
export const lookup: SectionTable<'lookup'> = { 'zh-Hans': zhHans.lookup, 'zh-Hant': zhHant.lookup, en: en.lookup };
export const contact: SectionTable<'contact'> = {
  'zh-Hans': zhHans.contact,
  'zh-Hant': zhHant.contact,
  en: en.contact,
};
export const orgChart: SectionTable<'orgChart'> = {
  'zh-Hans': zhHans.orgChart,
  'zh-Hant': zhHant.orgChart,
  en: en.orgChart,
};

/** The strings of `language` for the sections in `tables`, and only those. */
export function stringsFor<K extends keyof Strings>(tables: StringTables<K>, language: UiLanguage): Pick<Strings, K> {
  const out: Partial<Pick<Strings, K>> = {};
  for (const key of Object.keys(tables) as K[]) out[key] = tables[key][language];
  // Every key of `tables` is set: the object is complete.
  return out as Pick<Strings, K>;
}

/**
 * Maps a BCP 47 tag to a UI language: zh-TW, zh-HK, zh-MO and zh-Hant(-*) are Traditional;
 * other zh tags (zh-CN, zh-SG, zh-Hans, zh) are Simplified; en(-*) is English. Anything else
 * falls back to zh-Hans.
 */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  const [language, ...subtags] = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  if (language === 'en') return 'en';
  // A Traditional script or region subtag, unless the tag also says Hans (zh-Hans-HK).
  return language === 'zh' && subtags.some((s) => /^(?:hant|tw|hk|mo)$/.test(s)) && !subtags.includes('hans')
    ? 'zh-Hant'
    : 'zh-Hans';
}

/** The script of data shown in a UI language. */
export function dataScript(language: UiLanguage): 'zh-Hans' | 'zh-Hant' {
  return language === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The `lang` of the element or of its nearest ancestor, crossing shadow roots. Duck-typed, so it
 * also runs under server-side rendering, where there are no DOM globals and no ancestors.
 */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    const el = node as Partial<Element>;
    if (typeof el.hasAttribute === 'function' && el.hasAttribute('lang')) return (el as Element).getAttribute('lang');
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return null;
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;
const OBSERVED: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Calls `listener` whenever a `lang` attribute changes in the document or in the shadow roots
 * around `element` (a portal built of web components may set `lang` inside its own), so
 * components switch language live. One shared observer for all components; returns the
 * unsubscribe function.
 */
export function onLangChange(listener: LangListener, element: Element): () => void {
  listeners.add(listener);
  // In the browser (a component's connectedCallback, which a server calls only when asked to, with
  // a DOM shim; it threw there before as well, for want of ShadowRoot).
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, OBSERVED);
  }
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    observer.observe(root, OBSERVED);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
