import type { SectionTable } from './index.js';

// The strings of the directory's open panels, in every language, in their own module: only the
// panel module (loaded on a division's first open) imports it, so the strings load with it and
// not with the directory's first render. A missing string is a compile error, as in the tables.
export const panel: SectionTable<'panel'> = {
  'zh-Hans': {
    coLocated: '合署办公',
    responsibilities: '职责',
    duties: '承担的主要职责',
    copyLink: '复制链接',
    linkCopied: (division) => `已复制“${division}”的链接`,
    copyFailed: '无法复制，链接为：',
  },
  'zh-Hant': {
    coLocated: '合署辦公',
    responsibilities: '職責',
    duties: '承擔的主要職責',
    copyLink: '複製連結',
    linkCopied: (division) => `已複製「${division}」的連結`,
    copyFailed: '無法複製，連結為：',
  },
  en: {
    coLocated: 'Operates jointly with',
    responsibilities: 'Responsibilities',
    duties: 'Duties of the agency it carries out',
    copyLink: 'Copy link',
    linkCopied: (division) => `Link to ${division} copied`,
    copyFailed: 'Could not copy; the link is ',
  },
};
