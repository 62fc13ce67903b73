import type { Strings } from './strings.js';

export const zhHant: Strings = {
  common: {
    loading: '正在載入…',
    empty: '暫無資料',
    errorTitle: '無法顯示機構資訊',
    errors: {
      'invalid-src': '資料位址不安全，只接受 http(s) 或相對位址。',
      network: '無法連線資料伺服器，請稍後再試。',
      http: '資料伺服器傳回了錯誤。',
      json: '資料檔案不是有效的 JSON。',
      'invalid-data': '資料檔案的格式不正確。',
      'unknown-dataset': '找不到指定的資料集。',
    },
    unofficial: '非官方譯名',
    source: '來源',
    asOf: '截至',
    dateUnknown: '日期不詳',
    citation: '出處',
  },
  directory: {},
  lookup: {},
  contact: {
    name: '名稱',
    address: '地址',
    phone: '電話',
    email: '電子郵件',
    website: '網站',
    hours: '辦公時間',
    agencyFact: '（機構資訊）',
    label: '聯絡方式',
  },
  orgChart: {},
};
