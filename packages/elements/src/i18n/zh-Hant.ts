import type { Strings } from './strings.js';

// Traditional Chinese UI strings: one table, one export per section, so that a bundle carries only
// the sections of the components it registers (see index.ts).

export const common: Strings['common'] = {
  loading: '正在載入…',
  empty: '暫無資料',
  errorTitle: '無法顯示機構資訊',
  errors: {
    network: '無法連線資料伺服器，請稍後再試。',
  },
  unofficial: '非官方譯名',
  source: '來源：',
  comma: '，',
  asOf: '截至',
  dateUnknown: '日期不詳',
  citation: '出處',
};

export const directory: Strings['directory'] = {
  divisions: '內設機構',
  alsoKnownAs: '又稱',
  leaders: '領導',
  expandAll: '展開全部',
  collapseAll: '收合全部',
  show: '展開',
  hide: '收合',
  unofficialNote: '英文名稱為非官方譯名。',
  filterLabel: '篩選處室',
  filterHint: '輸入事項或關鍵詞，例如「孵化器」。',
};

export const lookup: Strings['lookup'] = {
  label: '您要辦理什麼事項？',
  hint: (agency, divisions) => ['在', agency, `的 ${divisions} 個內設處室中查找負責部門，可輸入中文、拼音或英文。`],
  keys: '按下方向鍵或 Enter 鍵進入結果，用上下方向鍵逐條瀏覽，按 Enter 鍵選擇，按 Esc 鍵清除輸入。',
  examplesTitle: '例如：',
  examples: ['高新技術企業認定', '孵化器', '外國專家'],
  results: '查詢結果',
  resultCount: (count, division) => `找到 ${count} 個相關部門${count === 1 && division ? `：${division}` : ''}`,
  didYouMean: '您是不是要找：',
  openInDirectory: '在部門目錄中查看',
  contact: { phone: '電話', address: '地址', hours: '辦公時間' },
  noMatch: (query) => `沒有找到與「${query}」相關的部門。`,
  noMatchHint: '請換個說法再試，或瀏覽全部內設機構及其職責。',
  browseDirectory: '瀏覽部門目錄',
  duty: '主要職責',
  preparing: '正在準備查詢…',
};

export const contact: Strings['contact'] = {
  address: '地址',
  phone: '電話',
  email: '電子郵件',
  website: '網站',
  hours: '辦公時間',
  agencyFact: '（機構資訊）',
};

export const orgChart: Strings['orgChart'] = {
  title: '組織架構圖',
  leadership: '領導',
  posts: (title, count) => `${title} ${count} 名`,
  offices: '辦公室',
  divisions: '業務處室',
  other: '其他機構',
};
