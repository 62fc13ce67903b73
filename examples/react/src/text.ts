/** The app's own strings (the components bring theirs). */
export type Language = 'zh-Hans' | 'zh-Hant' | 'en';

export const LANGUAGES: readonly { readonly value: Language; readonly label: string }[] = [
  { value: 'zh-Hans', label: '简体' },
  { value: 'zh-Hant', label: '繁體' },
  { value: 'en', label: 'English' },
];

interface Text {
  readonly title: string;
  readonly language: string;
  readonly lookup: string;
  readonly directory: string;
  readonly contact: string;
  readonly chart: string;
  readonly selected: (name: string) => string;
  readonly lastSearch: (query: string, count: number) => string;
}

export const TEXT: Readonly<Record<Language, Text>> = {
  'zh-Hans': {
    title: '大连市科学技术局 · React 示例',
    language: '语言',
    lookup: '查找负责部门',
    directory: '内设机构',
    contact: '联系方式',
    chart: '组织结构',
    selected: (name) => `已选择：${name}`,
    lastSearch: (query, count) => `最近一次查询：“${query}”，${count} 个结果（门户可据此了解市民在找什么）。`,
  },
  'zh-Hant': {
    title: '大連市科學技術局 · React 示例',
    language: '語言',
    lookup: '查找負責部門',
    directory: '內設機構',
    contact: '聯繫方式',
    chart: '組織結構',
    selected: (name) => `已選擇：${name}`,
    lastSearch: (query, count) => `最近一次查詢：「${query}」，${count} 個結果（門戶可據此了解市民在找什麼）。`,
  },
  en: {
    title: 'Dalian Science and Technology Bureau · React example',
    language: 'Language',
    lookup: 'Find the division in charge',
    directory: 'Divisions',
    contact: 'Contact',
    chart: 'Organisation chart',
    selected: (name) => `Selected: ${name}`,
    lastSearch: (query, count) =>
      `Last search: "${query}", ${count} results (what a portal can learn citizens look for).`,
  },
};
