import type { Strings } from './strings.js';

// Simplified Chinese (the default) UI strings: one table, one export per section, so that a bundle carries only
// the sections of the components it registers (see index.ts).

export const common: Strings['common'] = {
  loading: '正在加载…',
  empty: '暂无数据',
  errorTitle: '无法显示机构信息',
  errors: {
    network: '无法连接数据服务器，请稍后再试。',
  },
  unofficial: '非官方译名',
  source: '来源：',
  comma: '，',
  asOf: '截至',
  dateUnknown: '日期不详',
  citation: '出处',
};

export const directory: Strings['directory'] = {
  divisions: '内设机构',
  alsoKnownAs: '又称',
  leaders: '领导',
  expandAll: '展开全部',
  collapseAll: '收起全部',
  show: '展开',
  hide: '收起',
  unofficialNote: '英文名称为非官方译名。',
  filterLabel: '筛选处室',
  filterHint: '输入事项或关键词，例如“孵化器”。',
};

export const lookup: Strings['lookup'] = {
  label: '您要办理什么事项？',
  hint: (agency, divisions) => ['在', agency, `的 ${divisions} 个内设处室中查找负责部门，可输入中文、拼音或英文。`],
  keys: '按下方向键或回车键进入结果，用上下方向键逐条浏览，按回车键选择，按 Esc 键清除输入。',
  examplesTitle: '例如：',
  examples: ['高新技术企业认定', '孵化器', '外国专家'],
  results: '查询结果',
  resultCount: (count, division) => `找到 ${count} 个相关部门${count === 1 && division ? `：${division}` : ''}`,
  didYouMean: '您是不是要找：',
  openInDirectory: '在部门目录中查看',
  contact: { phone: '电话', address: '地址', hours: '办公时间' },
  noMatch: (query) => `没有找到与“${query}”相关的部门。`,
  noMatchHint: '请换个说法再试，或浏览全部内设机构及其职责。',
  browseDirectory: '浏览部门目录',
  duty: '主要职责',
  preparing: '正在准备查询…',
};

export const contact: Strings['contact'] = {
  address: '地址',
  phone: '电话',
  email: '电子邮箱',
  website: '网站',
  hours: '办公时间',
  agencyFact: '（机构信息）',
};

export const orgChart: Strings['orgChart'] = {
  title: '组织结构图',
  leadership: '领导',
  posts: (title, count) => `${title} ${count} 名`,
  offices: '办公室',
  divisions: '业务处室',
  other: '其他机构',
};
