import type { SectionTable } from './index.js';

// The strings of the directory's filter results, in every language, in their own module: only
// the filter module (loaded with the engine) imports it, so they load with it.
export const filter: SectionTable<'filter'> = {
  'zh-Hans': {
    resultCount: (shown, total) => `显示 ${shown} 个处室，共 ${total} 个`,
    noMatch: (query) => `没有与“${query}”相符的处室。`,
  },
  'zh-Hant': {
    resultCount: (shown, total) => `顯示 ${shown} 個處室，共 ${total} 個`,
    noMatch: (query) => `沒有與「${query}」相符的處室。`,
  },
  en: {
    resultCount: (shown, total) => `${shown} of ${total} divisions shown`,
    noMatch: (query) => `No division matches “${query}”.`,
  },
};
