import type { Strings } from './strings.js';

export const zhHans: Strings = {
  common: {
    loading: '正在加载…',
    empty: '暂无数据',
    errorTitle: '无法显示机构信息',
    errors: {
      'invalid-src': '数据地址不安全，只接受 http(s) 或相对地址。',
      network: '无法连接数据服务器，请稍后再试。',
      http: '数据服务器返回了错误。',
      json: '数据文件不是有效的 JSON。',
      'invalid-data': '数据文件的格式不正确。',
      'unknown-dataset': '找不到指定的数据集。',
    },
    unofficial: '非官方译名',
    source: '来源',
    asOf: '截至',
    dateUnknown: '日期不详',
    citation: '出处',
  },
  directory: {},
  lookup: {},
  contact: {
    name: '名称',
    address: '地址',
    phone: '电话',
    email: '电子邮箱',
    website: '网站',
    hours: '办公时间',
    agencyFact: '（机构信息）',
    label: '联系方式',
  },
  orgChart: {},
};
