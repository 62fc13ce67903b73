/**
 * The studio's words, one typed table per language. Every string the studio shows comes from
 * here; a template holds no literal text. Functions take what they need to say.
 */

export type StudioLanguage = 'zh-Hans' | 'zh-Hant' | 'en';

export const STUDIO_LANGUAGES: readonly StudioLanguage[] = ['zh-Hans', 'zh-Hant', 'en'];

export interface StudioStrings {
  readonly languageLegend: string;
  readonly languageNames: Readonly<Record<StudioLanguage, string>>;
  readonly intro: string;
  readonly startOver: string;
  readonly startOverQuestion: string;
  readonly startOverConfirm: string;
  readonly cancel: string;

  readonly inputHeading: string;
  readonly idLabel: string;
  readonly idHint: string;
  readonly idInvalid: string;
  readonly openFile: string;
  readonly openFileHint: string;
  readonly urlLabel: string;
  readonly urlOpen: string;
  readonly editorLabel: string;
  readonly editorHint: string;
  readonly reading: (file: string) => string;
  readonly opened: (file: string, characters: number) => string;
  readonly tooLarge: (megabytes: string, limit: number) => string;
  readonly binary: string;
  readonly notUtf8: string;
  readonly pdfNoText: string;
  readonly unreadable: (file: string, reason: string) => string;
  readonly unknownFileType: (file: string) => string;
  readonly parsing: string;
  readonly diagnosticsHeading: (count: number) => string;
  readonly noDiagnostics: string;
  readonly diagnosticAt: (line: number, column: number) => string;
  readonly severity: Readonly<Record<'error' | 'warning', string>>;
  readonly unplacedLine: string;

  readonly jsonModeHeading: string;
  readonly jsonModeText: (agency: string, from: string) => string;
  readonly jsonInvalid: (from: string, issues: string) => string;
  readonly jsonNotJson: (from: string) => string;
  readonly urlFailed: (url: string, reason: string) => string;

  readonly understoodHeading: string;
  readonly structureHeading: string;
  readonly nothingYet: string;
  readonly agency: string;
  readonly agencyKind: string;
  readonly agencyRank: string;
  readonly agencyParent: string;
  readonly alsoKnownAs: string;
  readonly basis: string;
  readonly noBasis: string;
  readonly dutiesHeading: (count: number) => string;
  readonly divisionsHeading: (count: number, declared: number | null) => string;
  readonly responsibilities: (count: number) => string;
  readonly coLocated: string;
  readonly staffingHeading: string;
  readonly administrativePosts: (count: number | null) => string;
  readonly noStaffing: string;
  readonly leadersHeading: string;
  readonly noLeaders: string;
  readonly previewHeading: string;
  readonly previewHint: string;
  readonly lookupHeading: string;

  readonly lacksHeading: string;
  readonly lacksIntro: string;
  readonly leadersFormHeading: string;
  readonly leaderLegend: (n: number) => string;
  readonly leaderTitle: string;
  readonly leaderName: string;
  readonly sourceTitle: string;
  readonly sourceUrl: string;
  readonly asOf: string;
  readonly addLeader: string;
  readonly removeLeader: (n: number) => string;
  readonly contactsFormHeading: string;
  readonly contactLegend: (n: number) => string;
  readonly contactOf: string;
  readonly theAgency: string;
  readonly contactFields: Readonly<Record<'address' | 'phone' | 'website' | 'hours', string>>;
  readonly value: string;
  readonly addContact: string;
  readonly removeContact: (n: number) => string;
  readonly namesFormHeading: string;
  readonly namesIntro: string;
  readonly englishName: (of: string) => string;
  readonly divisionNames: (count: number) => string;
  readonly nameSource: string;
  readonly unofficial: string;
  readonly official: string;
  readonly formIssues: (count: number) => string;

  readonly outputHeading: string;
  readonly download: (script: string) => string;
  readonly downloadWritten: string;
  readonly downloadConverted: string;
  readonly scriptNames: Readonly<Record<'zh-Hans' | 'zh-Hant', string>>;
  readonly downloaded: (file: string) => string;
  readonly preparing: string;
  readonly problemsHeading: string;
  readonly embedHeading: string;
  readonly embedHint: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;

  readonly draftRestored: (savedAt: string) => string;
  readonly quotaExceeded: string;
  readonly storageUnavailable: string;
  readonly workerFailed: string;
}

const en: StudioStrings = {
  languageLegend: 'Language',
  languageNames: { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  intro:
    'Paste or open your agency’s regulation. See what Sanding understood, preview the real components on it, add what the text does not say, and download the JSON your portal serves with src. Everything stays in this browser.',
  startOver: 'Start over',
  startOverQuestion: 'Start over? The text and everything typed into the forms will be removed from this browser.',
  startOverConfirm: 'Yes, start over',
  cancel: 'Cancel',

  inputHeading: '1. The regulation text',
  idLabel: 'Id',
  idHint: 'A short slug for the data and its file name, e.g. dalian-stb: lower-case letters, digits and hyphens.',
  idInvalid: 'The id must be lower-case letters and digits with single hyphens between them, e.g. dalian-stb.',
  openFile: 'Open a file',
  openFileHint: 'A .txt, .docx or .pdf with its text, or a published .json to update.',
  urlLabel: 'Or the address of published JSON',
  urlOpen: 'Open',
  editorLabel: 'Regulation text',
  editorHint: 'Paste the text here: the title, then the articles, one article or item per line.',
  reading: (file) => `Reading ${file}…`,
  opened: (file, characters) => `Read ${characters.toLocaleString('en')} characters from ${file}.`,
  tooLarge: (megabytes, limit) =>
    `This is ${megabytes} MB of text. A regulation is tens of kilobytes; the studio takes at most ${limit} MB. Nothing was changed.`,
  binary: 'This does not look like text (it holds binary data). Nothing was changed.',
  notUtf8: 'This file is not UTF-8 text. Save it as UTF-8 and open it again. Nothing was changed.',
  pdfNoText:
    'This PDF has no text layer: it is a scanned image. Open the Word file or a text copy instead, or run it through OCR first.',
  unreadable: (file, reason) => `${file} could not be read: ${reason}`,
  unknownFileType: (file) => `${file}: the studio opens .txt, .docx, .pdf and .json files.`,
  parsing: 'Reading the text…',
  diagnosticsHeading: (count) => (count === 1 ? '1 thing to check' : `${count} things to check`),
  noDiagnostics: 'Nothing to check: the text reads cleanly.',
  diagnosticAt: (line, column) => `Line ${line}, column ${column}`,
  severity: { error: 'Error', warning: 'Warning' },
  unplacedLine: 'This line landed nowhere in the data.',

  jsonModeHeading: 'Updating published data',
  jsonModeText: (agency, from) => `${agency}, from ${from}. Update its leaders and contacts below, then download it.`,
  jsonInvalid: (from, issues) => `${from} is not valid Regulation JSON: ${issues}`,
  jsonNotJson: (from) => `${from} is not JSON.`,
  urlFailed: (url, reason) => `${url} could not be loaded: ${reason}`,

  understoodHeading: '2. What Sanding understood',
  structureHeading: 'Structure',
  nothingYet: 'Paste or open a regulation to see it here.',
  agency: 'Agency',
  agencyKind: 'Kind',
  agencyRank: 'Rank',
  agencyParent: 'Part of',
  alsoKnownAs: 'Also known as',
  basis: 'Legal basis',
  noBasis: 'No legal basis found.',
  dutiesHeading: (count) => `Duties (${count})`,
  divisionsHeading: (count, declared) =>
    declared === null || declared === count
      ? `Divisions (${count})`
      : `Divisions (${count}; the text declares ${declared})`,
  responsibilities: (count) => `${count} responsibilities`,
  coLocated: 'Operates jointly with',
  staffingHeading: 'Staffing',
  administrativePosts: (count) =>
    count === null ? 'Administrative posts not stated' : `${count} administrative posts`,
  noStaffing: 'No staffing article found.',
  leadersHeading: 'Leaders',
  noLeaders: 'No leaders named.',
  previewHeading: 'The components on this data',
  previewHint: 'These are the real components, as your portal will show them.',
  lookupHeading: 'Try the lookup',

  lacksHeading: '3. What the text does not say',
  lacksIntro: 'Each fact needs its source: a reader must be able to tell your facts from the regulation’s.',
  leadersFormHeading: 'Current leaders',
  leaderLegend: (n) => `Leader ${n}`,
  leaderTitle: 'Title (e.g. 局长)',
  leaderName: 'Name',
  sourceTitle: 'Source',
  sourceUrl: 'Source address (optional)',
  asOf: 'As of (YYYY-MM-DD, optional)',
  addLeader: 'Add a leader',
  removeLeader: (n) => `Remove leader ${n}`,
  contactsFormHeading: 'Contacts',
  contactLegend: (n) => `Contact ${n}`,
  contactOf: 'Contact of',
  theAgency: 'The agency',
  contactFields: { address: 'Address', phone: 'Phone', website: 'Website', hours: 'Office hours' },
  value: 'Value',
  addContact: 'Add a contact',
  removeContact: (n) => `Remove contact ${n}`,
  namesFormHeading: 'English names',
  namesIntro: 'A name is marked unofficial unless you give the source where the agency publishes it.',
  englishName: (of) => `English name of ${of}`,
  divisionNames: (count) => `English names of the ${count} divisions`,
  nameSource: 'Published at (makes it official)',
  unofficial: 'unofficial',
  official: 'official',
  formIssues: (count) => (count === 1 ? '1 field needs fixing' : `${count} fields need fixing`),

  outputHeading: '4. Publish',
  download: (script) => `Download ${script} JSON`,
  downloadWritten: 'as written',
  downloadConverted: 'converted with OpenCC',
  scriptNames: { 'zh-Hans': 'Simplified (zh-Hans)', 'zh-Hant': 'Traditional (zh-Hant)' },
  downloaded: (file) => `Downloaded ${file}.`,
  preparing: 'Preparing the download…',
  problemsHeading: 'Fix these before you publish',
  embedHeading: 'Embed it',
  embedHint: 'Host the downloaded file on your portal and point src at it:',
  copy: 'Copy the snippet',
  copied: 'Copied.',
  copyFailed: 'The browser did not allow copying: select the snippet and copy it yourself.',

  draftRestored: (savedAt) => `Your draft from ${savedAt} was restored.`,
  quotaExceeded:
    'The browser’s storage is full, so this draft is no longer saved. Keep working, and download your JSON before you close the page.',
  storageUnavailable:
    'This browser does not let the page save a draft. Keep working, and download your JSON before you close the page.',
  workerFailed: 'The text reader stopped. Reload the page; your draft is kept.',
};

const zhHans: StudioStrings = {
  languageLegend: '语言',
  languageNames: en.languageNames,
  intro:
    '粘贴或打开本机构的三定规定，查看 Sanding 读出的内容，在真实组件上预览，补充规定文本中没有的信息，然后下载门户网站通过 src 使用的 JSON。所有内容只保存在本浏览器中。',
  startOver: '重新开始',
  startOverQuestion: '确定重新开始吗？文本和表单中填写的全部内容将从本浏览器中删除。',
  startOverConfirm: '确定，重新开始',
  cancel: '取消',

  inputHeading: '1. 规定文本',
  idLabel: '标识',
  idHint: '数据及其文件名的简短标识，例如 dalian-stb：小写字母、数字和连字符。',
  idInvalid: '标识只能由小写字母和数字组成，中间用单个连字符分隔，例如 dalian-stb。',
  openFile: '打开文件',
  openFileHint: '含文字的 .txt、.docx 或 .pdf，或要更新的已发布 .json。',
  urlLabel: '或已发布 JSON 的网址',
  urlOpen: '打开',
  editorLabel: '规定文本',
  editorHint: '在此粘贴文本：先是标题，然后是各条，每条或每项一行。',
  reading: (file) => `正在读取 ${file}……`,
  opened: (file, characters) => `已从 ${file} 读取 ${characters} 个字符。`,
  tooLarge: (megabytes, limit) =>
    `这段文本有 ${megabytes} MB。一份规定只有几十 KB；本工具最多接受 ${limit} MB。内容未作任何改动。`,
  binary: '这不像文本（其中含有二进制数据）。内容未作任何改动。',
  notUtf8: '此文件不是 UTF-8 文本。请另存为 UTF-8 后重新打开。内容未作任何改动。',
  pdfNoText: '此 PDF 没有文字层，是扫描图像。请改为打开 Word 文件或文本副本，或先进行文字识别（OCR）。',
  unreadable: (file, reason) => `无法读取 ${file}：${reason}`,
  unknownFileType: (file) => `${file}：本工具可打开 .txt、.docx、.pdf 和 .json 文件。`,
  parsing: '正在读取文本……',
  diagnosticsHeading: (count) => `${count} 处需要检查`,
  noDiagnostics: '无需检查：文本读取正常。',
  diagnosticAt: (line, column) => `第 ${line} 行第 ${column} 列`,
  severity: { error: '错误', warning: '警告' },
  unplacedLine: '这一行未归入数据中的任何部分。',

  jsonModeHeading: '更新已发布的数据',
  jsonModeText: (agency, from) => `${agency}，来自 ${from}。请在下方更新领导和联系方式，然后下载。`,
  jsonInvalid: (from, issues) => `${from} 不是有效的 Regulation JSON：${issues}`,
  jsonNotJson: (from) => `${from} 不是 JSON。`,
  urlFailed: (url, reason) => `无法加载 ${url}：${reason}`,

  understoodHeading: '2. Sanding 读出的内容',
  structureHeading: '结构',
  nothingYet: '粘贴或打开一份规定后，内容将显示在这里。',
  agency: '机构',
  agencyKind: '性质',
  agencyRank: '规格',
  agencyParent: '隶属',
  alsoKnownAs: '加挂牌子',
  basis: '制定依据',
  noBasis: '未找到制定依据。',
  dutiesHeading: (count) => `主要职责（${count} 项）`,
  divisionsHeading: (count, declared) =>
    declared === null || declared === count
      ? `内设机构（${count} 个）`
      : `内设机构（${count} 个；文本称设 ${declared} 个）`,
  responsibilities: (count) => `${count} 句职责`,
  coLocated: '合署办公',
  staffingHeading: '人员编制',
  administrativePosts: (count) => (count === null ? '未写明行政编制' : `行政编制 ${count} 名`),
  noStaffing: '未找到人员编制条款。',
  leadersHeading: '领导',
  noLeaders: '未列出领导。',
  previewHeading: '组件预览',
  previewHint: '这些是真实组件，门户网站上的显示效果与此相同。',
  lookupHeading: '试用职责查询',

  lacksHeading: '3. 文本中没有的信息',
  lacksIntro: '每项信息都要注明来源，读者才能分辨哪些来自贵单位、哪些来自规定原文。',
  leadersFormHeading: '现任领导',
  leaderLegend: (n) => `领导 ${n}`,
  leaderTitle: '职务（如 局长）',
  leaderName: '姓名',
  sourceTitle: '来源',
  sourceUrl: '来源网址（可选）',
  asOf: '截至日期（YYYY-MM-DD，可选）',
  addLeader: '添加领导',
  removeLeader: (n) => `删除领导 ${n}`,
  contactsFormHeading: '联系方式',
  contactLegend: (n) => `联系方式 ${n}`,
  contactOf: '所属',
  theAgency: '本机构',
  contactFields: { address: '地址', phone: '电话', website: '网站', hours: '办公时间' },
  value: '内容',
  addContact: '添加联系方式',
  removeContact: (n) => `删除联系方式 ${n}`,
  namesFormHeading: '英文名称',
  namesIntro: '除非注明机构公布该名称的出处，英文名称均标为非官方译名。',
  englishName: (of) => `${of}的英文名称`,
  divisionNames: (count) => `${count} 个内设机构的英文名称`,
  nameSource: '公布出处（填写后为官方名称）',
  unofficial: '非官方',
  official: '官方',
  formIssues: (count) => `${count} 个字段需要修改`,

  outputHeading: '4. 发布',
  download: (script) => `下载${script} JSON`,
  downloadWritten: '原文字体',
  downloadConverted: '经 OpenCC 转换',
  scriptNames: { 'zh-Hans': '简体（zh-Hans）', 'zh-Hant': '繁体（zh-Hant）' },
  downloaded: (file) => `已下载 ${file}。`,
  preparing: '正在准备下载……',
  problemsHeading: '发布前请先修改以下问题',
  embedHeading: '嵌入网页',
  embedHint: '将下载的文件放到门户网站上，并让 src 指向它：',
  copy: '复制代码',
  copied: '已复制。',
  copyFailed: '浏览器不允许复制：请自行选中代码并复制。',

  draftRestored: (savedAt) => `已恢复 ${savedAt} 的草稿。`,
  quotaExceeded: '浏览器存储空间已满，草稿不再保存。可以继续工作，但请在关闭页面前下载 JSON。',
  storageUnavailable: '此浏览器不允许本页保存草稿。可以继续工作，但请在关闭页面前下载 JSON。',
  workerFailed: '文本读取程序已停止。请重新加载页面；草稿会保留。',
};

const zhHant: StudioStrings = {
  ...zhHans,
  languageLegend: '語言',
  intro:
    '貼上或開啟本機構的三定規定，查看 Sanding 讀出的內容，在真實組件上預覽，補充規定文本中沒有的資訊，然後下載入口網站透過 src 使用的 JSON。所有內容只保存在本瀏覽器中。',
  startOver: '重新開始',
  startOverQuestion: '確定重新開始嗎？文本和表單中填寫的全部內容將從本瀏覽器中刪除。',
  startOverConfirm: '確定，重新開始',
  cancel: '取消',

  inputHeading: '1. 規定文本',
  idLabel: '標識',
  idHint: '資料及其檔案名稱的簡短標識，例如 dalian-stb：小寫字母、數字和連字號。',
  idInvalid: '標識只能由小寫字母和數字組成，中間用單個連字號分隔，例如 dalian-stb。',
  openFile: '開啟檔案',
  openFileHint: '含文字的 .txt、.docx 或 .pdf，或要更新的已發布 .json。',
  urlLabel: '或已發布 JSON 的網址',
  urlOpen: '開啟',
  editorLabel: '規定文本',
  editorHint: '在此貼上文本：先是標題，然後是各條，每條或每項一行。',
  reading: (file) => `正在讀取 ${file}……`,
  opened: (file, characters) => `已從 ${file} 讀取 ${characters} 個字元。`,
  tooLarge: (megabytes, limit) =>
    `這段文本有 ${megabytes} MB。一份規定只有幾十 KB；本工具最多接受 ${limit} MB。內容未作任何改動。`,
  binary: '這不像文本（其中含有二進位資料）。內容未作任何改動。',
  notUtf8: '此檔案不是 UTF-8 文本。請另存為 UTF-8 後重新開啟。內容未作任何改動。',
  pdfNoText: '此 PDF 沒有文字層，是掃描影像。請改為開啟 Word 檔案或文本副本，或先進行文字辨識（OCR）。',
  unreadable: (file, reason) => `無法讀取 ${file}：${reason}`,
  unknownFileType: (file) => `${file}：本工具可開啟 .txt、.docx、.pdf 和 .json 檔案。`,
  parsing: '正在讀取文本……',
  diagnosticsHeading: (count) => `${count} 處需要檢查`,
  noDiagnostics: '無需檢查：文本讀取正常。',
  diagnosticAt: (line, column) => `第 ${line} 行第 ${column} 列`,
  severity: { error: '錯誤', warning: '警告' },
  unplacedLine: '這一行未歸入資料中的任何部分。',

  jsonModeHeading: '更新已發布的資料',
  jsonModeText: (agency, from) => `${agency}，來自 ${from}。請在下方更新領導和聯絡方式，然後下載。`,
  jsonInvalid: (from, issues) => `${from} 不是有效的 Regulation JSON：${issues}`,
  jsonNotJson: (from) => `${from} 不是 JSON。`,
  urlFailed: (url, reason) => `無法載入 ${url}：${reason}`,

  understoodHeading: '2. Sanding 讀出的內容',
  structureHeading: '結構',
  nothingYet: '貼上或開啟一份規定後，內容將顯示在這裡。',
  agency: '機構',
  agencyKind: '性質',
  agencyRank: '規格',
  agencyParent: '隸屬',
  alsoKnownAs: '加掛牌子',
  basis: '制定依據',
  noBasis: '未找到制定依據。',
  dutiesHeading: (count) => `主要職責（${count} 項）`,
  divisionsHeading: (count, declared) =>
    declared === null || declared === count
      ? `內設機構（${count} 個）`
      : `內設機構（${count} 個；文本稱設 ${declared} 個）`,
  responsibilities: (count) => `${count} 句職責`,
  coLocated: '合署辦公',
  staffingHeading: '人員編制',
  administrativePosts: (count) => (count === null ? '未寫明行政編制' : `行政編制 ${count} 名`),
  noStaffing: '未找到人員編制條款。',
  leadersHeading: '領導',
  noLeaders: '未列出領導。',
  previewHeading: '組件預覽',
  previewHint: '這些是真實組件，入口網站上的顯示效果與此相同。',
  lookupHeading: '試用職責查詢',

  lacksHeading: '3. 文本中沒有的資訊',
  lacksIntro: '每項資訊都要註明來源，讀者才能分辨哪些來自貴單位、哪些來自規定原文。',
  leadersFormHeading: '現任領導',
  leaderLegend: (n) => `領導 ${n}`,
  leaderTitle: '職務（如 局長）',
  leaderName: '姓名',
  sourceTitle: '來源',
  sourceUrl: '來源網址（可選）',
  asOf: '截至日期（YYYY-MM-DD，可選）',
  addLeader: '新增領導',
  removeLeader: (n) => `刪除領導 ${n}`,
  contactsFormHeading: '聯絡方式',
  contactLegend: (n) => `聯絡方式 ${n}`,
  contactOf: '所屬',
  theAgency: '本機構',
  contactFields: { address: '地址', phone: '電話', website: '網站', hours: '辦公時間' },
  value: '內容',
  addContact: '新增聯絡方式',
  removeContact: (n) => `刪除聯絡方式 ${n}`,
  namesFormHeading: '英文名稱',
  namesIntro: '除非註明機構公布該名稱的出處，英文名稱均標為非官方譯名。',
  englishName: (of) => `${of}的英文名稱`,
  divisionNames: (count) => `${count} 個內設機構的英文名稱`,
  nameSource: '公布出處（填寫後為官方名稱）',
  unofficial: '非官方',
  official: '官方',
  formIssues: (count) => `${count} 個欄位需要修改`,

  outputHeading: '4. 發布',
  download: (script) => `下載${script} JSON`,
  downloadWritten: '原文字體',
  downloadConverted: '經 OpenCC 轉換',
  scriptNames: { 'zh-Hans': '簡體（zh-Hans）', 'zh-Hant': '繁體（zh-Hant）' },
  downloaded: (file) => `已下載 ${file}。`,
  preparing: '正在準備下載……',
  problemsHeading: '發布前請先修改以下問題',
  embedHeading: '嵌入網頁',
  embedHint: '將下載的檔案放到入口網站上，並讓 src 指向它：',
  copy: '複製程式碼',
  copied: '已複製。',
  copyFailed: '瀏覽器不允許複製：請自行選取程式碼並複製。',

  draftRestored: (savedAt) => `已恢復 ${savedAt} 的草稿。`,
  quotaExceeded: '瀏覽器儲存空間已滿，草稿不再保存。可以繼續工作，但請在關閉頁面前下載 JSON。',
  storageUnavailable: '此瀏覽器不允許本頁保存草稿。可以繼續工作，但請在關閉頁面前下載 JSON。',
  workerFailed: '文本讀取程式已停止。請重新載入頁面；草稿會保留。',
};

export const STRINGS: Readonly<Record<StudioLanguage, StudioStrings>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** The language a visitor most likely reads: their browser's, falling back to English. */
export function preferredLanguage(languages: readonly string[]): StudioLanguage {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (/^zh-(?:hant|tw|hk|mo)/.test(lower)) return 'zh-Hant';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
