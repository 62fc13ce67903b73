import { en } from './en.js';
import type { Strings } from './strings.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';

export type { Strings } from './strings.js';

/** The UI languages. Data comes in zh-Hans and zh-Hant; an `en` page gets zh-Hans data. */
export type UiLanguage = 'zh-Hans' | 'zh-Hant' | 'en';

const TABLES: Readonly<Record<UiLanguage, Strings>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export function stringsFor(language: UiLanguage): Strings {
  return TABLES[language];
}

/**
 * Maps a BCP 47 tag to a UI language: zh-TW, zh-HK, zh-MO and zh-Hant(-*) are Traditional;
 * other zh tags (zh-CN, zh-SG, zh-Hans, zh) are Simplified; en(-*) is English. Anything else
 * falls back to zh-Hans.
 */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) {
    const subtags = lower.split(/[-_]/);
    if (subtags.includes('hant') || subtags.some((s) => s === 'tw' || s === 'hk' || s === 'mo')) {
      return subtags.includes('hans') ? 'zh-Hans' : 'zh-Hant';
    }
  }
  return 'zh-Hans';
}

/** The script of data shown in a UI language. */
export function dataScript(language: UiLanguage): 'zh-Hans' | 'zh-Hant' {
  return language === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

/** The `lang` of the element or of its nearest ancestor, crossing shadow roots. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes, so components switch
 * language live. One shared observer for all components; returns the unsubscribe function.
 */
export function onLangChange(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
