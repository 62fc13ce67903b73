import type { SectionTable } from './index.js';

// Why a component cannot show its data, in every language, in their own module: a component
// loads it when it fails (except for the network failure, whose message is in `common`, as the
// lookup shows it too), so working pages never download these.
export const errors: SectionTable<'errors'> = {
  'zh-Hans': {
    'invalid-src': '数据地址不安全，只接受 http(s) 或相对地址。',
    http: '数据服务器返回了错误。',
    json: '数据文件不是有效的 JSON。',
    'invalid-data': '数据文件的格式不正确。',
    'unknown-dataset': '找不到指定的数据集。',
  },
  'zh-Hant': {
    'invalid-src': '資料位址不安全，只接受 http(s) 或相對位址。',
    http: '資料伺服器傳回了錯誤。',
    json: '資料檔案不是有效的 JSON。',
    'invalid-data': '資料檔案的格式不正確。',
    'unknown-dataset': '找不到指定的資料集。',
  },
  en: {
    'invalid-src': 'The data address is not safe: only http(s) or relative addresses are accepted.',
    http: 'The data server answered with an error.',
    json: 'The data file is not valid JSON.',
    'invalid-data': 'The data file does not have the expected format.',
    'unknown-dataset': 'The named dataset does not exist.',
  },
};
