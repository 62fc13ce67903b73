/**
 * Derives a regulation's search aids (the `search` block) once, when the data is authored, so
 * that the lookup engine in @sanding/data ships no dictionary:
 *
 * - folding: the slice of OpenCC's TSCharacters table (Traditional → Simplified, character by
 *   character; Apache-2.0) for the characters that can meet this data: its own, the synonyms',
 *   the English terms', and those of the question words the engine ignores;
 * - pinyin: the readings of the data's characters (and the synonyms'), from pinyin-pro in
 *   context on the Simplified form, so that 銀行 reads yin hang;
 * - english: the reviewed English terms below;
 * - synonyms: the reviewed everyday words and abbreviations below, with the caller's own.
 *
 * Everything is filtered to what the data contains, so the block stays small.
 */
import type { Regulation, SearchAids } from '@sanding/data';
import { to as openccTo } from 'opencc-js/preset';
import { pinyin } from 'pinyin-pro';
import { toSimplified } from './convert.js';

export const FOLDING_ATTRIBUTION =
  "Traditional→Simplified pairs from OpenCC's TSCharacters table (https://github.com/BYVoid/OpenCC), Apache-2.0";

/**
 * English key terms: [English phrases, '|' between them; the Chinese term they name, in
 * Traditional]. Reviewed against the S&T regulations' wording; a phrase is matched as whole
 * words, case folded, longest first. Entries whose Chinese the data does not contain are dropped.
 */
export const ENGLISH_TERMS: readonly (readonly [string, string])[] = [
  ['science and technology|sci-tech|s&t', '科技'],
  ['letters and visits|petition|complaint', '信訪'],
  ['government information disclosure|information disclosure|open government|government affairs openness', '政務公開'],
  ['press release|news release|press conference', '新聞發布'],
  ['science and technology publicity|publicity', '科技宣傳'],
  ['public opinion', '輿情'],
  ['archives', '檔案'],
  ['retired|retiree|retirement', '離退休幹部'],
  ['party building|party affairs', '黨群工作'],
  ['personnel|human resources', '人事管理'],
  ['cybersecurity|network security', '網路安全'],
  ['emergency response', '應急處置'],
  ['science and technology program|science and technology programme|research program', '科技計劃'],
  ['program|programme|plan', '計劃'],
  ['national', '國家'],
  ['application|apply|nomination|nominate', '申報'],
  ['statistics', '科技統計'],
  ['sharing|shared access', '開放共享'],
  ['instrument', '大型儀器'],
  ['scientific data', '科學數據'],
  ['technology finance|science and technology finance', '科技金融'],
  ['applied basic research|applied research', '應用基礎研究'],
  ['funding|funds', '科技經費'],
  ['audit', '審計'],
  ['budget', '預算'],
  ['innovation survey', '創新調查'],
  ['science and technology report', '科技報告'],
  ['information system', '信息系統'],
  ['science popularization|science popularisation|popular science', '科學普及'],
  ['science communication', '科學傳播'],
  ['integrity|misconduct', '科研誠信'],
  ['evaluation|assessment', '科技評估'],
  ['administrative reconsideration', '行政複議'],
  ['administrative litigation|lawsuit', '行政訴訟'],
  ['soft science', '軟科學'],
  ['local regulation|legislation', '地方性科技法規'],
  ['law enforcement', '行政執法'],
  ['social credit', '社會信用'],
  ['high-tech enterprise|hi-tech enterprise|high-tech company|high and new technology enterprise', '高新技術企業'],
  ['technologically advanced service enterprise|advanced technology service enterprise', '技術先進型服務企業'],
  ['certification|accreditation|recognition', '認定'],
  ['sme|small and medium-sized enterprise', '科技中小企業'],
  ['technology service industry|science and technology service', '科技服務業'],
  ['industrialization|industrialisation', '產業化'],
  ['culture', '文化'],
  ['social development', '社會發展'],
  ['rural|countryside|village', '農村'],
  ['agriculture|agricultural|farming', '農業'],
  ['agricultural park', '農業科技園區'],
  ['science park|technology park|science and technology park', '科技園區'],
  ['life and health|life science|health', '生命健康'],
  ['ecological environment|ecology|environmental protection', '生態環境'],
  ['energy saving|energy conservation|emission reduction', '節能減排'],
  ['work safety|production safety', '安全生產'],
  ['earthquake|disaster reduction|disaster prevention', '防震減災'],
  ['food safety', '食品安全'],
  ['marine economy|ocean economy', '海洋經濟'],
  ['poverty alleviation', '科技扶貧'],
  ['science and technology commissioner|technology commissioner|sci-tech commissioner', '科技特派'],
  ['technology transfer', '技術轉移'],
  ['commercialization|commercialisation|achievement transformation', '成果轉化'],
  ['intellectual property|patent', '知識產權'],
  ['technology market', '技術市場'],
  ['technology contract', '技術合同'],
  ['university-industry|industry-university|industry academia research', '產學研'],
  ['university|college', '高校'],
  ['universities and research institutes|research institute', '高校院所'],
  ['science and technology award|science award|technology award', '科學技術獎'],
  ['award|prize|reward', '獎勵'],
  ['commendation|honour|honor', '表彰獎勵'],
  ['administrative approval|approval', '行政審批'],
  ['business environment', '營商環境'],
  ['foreign expert|foreign scientist|overseas expert', '外國專家'],
  ['foreign talent|foreigner', '外國人才'],
  ['visa', '簽證'],
  ['work permit|work in dalian', '來連工作'],
  ['international cooperation|international collaboration', '國際科技合作'],
  ['international cooperation base', '國際科技合作基地'],
  ['talent exchange', '科技人才交流'],
  ['overseas training|training abroad', '出國'],
  ['independent innovation demonstration zone|demonstration zone', '自主創新示範區'],
  ['northeast asia', '東北亞科技創新創業創投中心'],
  ['shanghai-dalian|shanghai', '滬連合作'],
  ['cross-regional|inter-regional', '跨區域科技合作'],
  ['regional innovation|regional science and technology innovation', '區域科技創新'],
  ['science and technology cooperation|technology cooperation', '科技合作'],
  ['high-tech industrial park|high-tech zone|high-tech park|industrial park', '高新技術產業園區'],
  ['incubator', '科技企業孵化器'],
  ['makerspace|maker space|coworking space|hackerspace', '眾創空間'],
  ['innovation and entrepreneurship competition|competition|contest', '創新創業大賽'],
  ['entrepreneurship|startup|start-up', '科技創業'],
  ['entrepreneur training|entrepreneurship training', '科技創業人員培訓'],
  ['public service platform', '科技公共服務平台'],
  ['key discipline', '重點學科'],
  ['talent', '科技人才'],
  ['talent program|talent programme', '科技人才計劃'],
  ['talent evaluation', '科技人才評價'],
  ['incentive', '激勵機制'],
  ['talent database|talent pool|database', '科技人才庫'],
  ['project review|project evaluation|project appraisal', '科技項目評審'],
  ['project', '項目'],
  ['policy', '政策'],
  ['supervision|oversight', '監督'],
  ['training', '培訓'],
  ['platform', '平台'],
  ['enterprise|company|firm', '企業'],
  ['park', '園區'],
  ['innovation', '創新'],
  ['cooperation|collaboration', '合作'],
  ['international', '國際'],
  ['expert|specialist', '專家'],
];

/**
 * Everyday words and abbreviations → the regulation's wording, in Simplified (the engine folds
 * both sides). Reviewed; an entry is kept only when the data contains its expansion.
 */
export const SYNONYMS: readonly (readonly [string, string])[] = [
  ['高企', '高新技术企业'],
  ['高新企业', '高新技术企业'],
  ['外专', '外国专家'],
  ['老外', '外国专家'],
  ['外籍专家', '外国专家'],
  ['海外专家', '外国专家'],
  ['双创', '创新创业'],
  ['科普', '科学普及'],
  ['引智', '引进国外智力'],
  ['引智', '引进外国专家'],
  ['自创区', '自主创新示范区'],
  ['高新区', '高新技术产业园区'],
  ['大仪', '大型仪器'],
  ['科特派', '科技特派'],
  ['特派员', '科技特派'],
  ['众创', '众创空间'],
  ['知产', '知识产权'],
  ['专利', '知识产权'],
  ['技术转让', '技术转移'],
  ['政府信息公开', '政务公开'],
  ['信息公开', '政务公开'],
  ['写信', '信访'],
  ['上访', '信访'],
  ['投诉', '信访'],
  ['学术造假', '科研诚信'],
  ['学术不端', '科研诚信'],
  ['失信', '科研诚信'],
  ['党建', '党群工作'],
  ['退休', '离退休'],
  ['大学', '高校'],
  ['高等院校', '高校'],
  ['科研院所', '高校院所'],
  ['创业大赛', '创新创业大赛'],
  ['创业比赛', '创新创业大赛'],
  ['比赛', '大赛'],
  ['窗口', '行政审批'],
  ['科技奖', '科学技术奖'],
  ['乡村', '农村'],
  ['打官司', '行政诉讼'],
  ['人才项目', '人才计划'],
  ['国合', '国际科技合作'],
  ['国际交流', '人才交流'],
  ['科技型中小企业', '科技中小企业'],
  ['中小企业', '科技中小企业'],
  ['营商', '营商环境'],
];

/** Characters of the question words the engine ignores (Simplified), so their Traditional forms fold too. */
const QUERY_CHARACTERS = '哪个部门处室单位科归找里儿些怎么办如何什么我想们是要请问谁理申手续需可以有事应该负责吗';

let tsTable: Map<string, string> | undefined;

/** OpenCC's TSCharacters table, one BMP code unit each side. */
function traditionalToSimplified(): Map<string, string> {
  if (tsTable) return tsTable;
  tsTable = new Map();
  const group = (openccTo.cn ?? []).flat();
  for (const dict of group) {
    // TSCharacters is the one table of single characters (TSPhrases has words).
    if (typeof dict !== 'string' || !dict.includes('|與 与|')) continue;
    for (const entry of dict.split('|')) {
      const [t, s] = entry.split(' ');
      if (t && s && t.length === 1 && s.length === 1 && t !== s) tsTable.set(t, s);
    }
  }
  if (tsTable.size < 1000) throw new Error('opencc-js: TSCharacters table not found');
  return tsTable;
}

const foldText = (text: string, table: Map<string, string>): string => {
  let out = '';
  for (const c of text) out += c.length === 1 ? (table.get(c) ?? c) : c;
  return out;
};

export interface SearchAidsOptions {
  /** More synonyms for this dataset, [alias, expansion], in either script. */
  readonly synonyms?: readonly (readonly [string, string])[];
}

/** Returns a copy of the regulation with its `search` block (re)derived. */
export function addSearchAids(regulation: Regulation, options: SearchAidsOptions = {}): Regulation {
  const table = traditionalToSimplified();
  const fold = (text: string): string => foldText(text, table);
  const inScript = (traditional: string): string =>
    regulation.lang === 'zh-Hans' ? toSimplified(traditional) : traditional;

  const divisionTexts = regulation.divisions.flatMap((d) => [d.name, ...d.alsoKnownAs, ...d.coLocated]);
  const texts = [
    regulation.agency.name,
    ...divisionTexts,
    ...regulation.divisions.flatMap((d) => d.responsibilities.map((c) => c.text)),
    ...regulation.duties.map((d) => d.text),
  ];
  const haystack = fold(texts.join('\n'));
  const contains = (text: string): boolean => text.length > 0 && haystack.includes(fold(text));

  const synonyms = [...SYNONYMS, ...(options.synonyms ?? [])]
    .filter(([, expansion]) => contains(expansion))
    .map(([alias, expansion]) => [alias, expansion] as [string, string]);
  const english = ENGLISH_TERMS.map(([en, zh]) => [en.split('|'), inScript(zh)] as const).filter(([, zh]) =>
    contains(zh),
  );

  // Pinyin: each character's readings in context, from its Han runs converted to Simplified.
  const readings = new Map<string, Set<string>>();
  for (const text of [...texts, ...synonyms.map(([alias]) => alias)]) {
    for (const [run] of text.matchAll(/[\u3400-\u9fff]+/g)) {
      const simplified = toSimplified(run);
      const syllables = pinyin(simplified.length === run.length ? simplified : fold(run), {
        toneType: 'none',
        type: 'array',
        v: true,
      });
      if (syllables.length !== run.length) continue;
      syllables.forEach((syllable, i) => {
        if (!/^[a-z]+$/.test(syllable)) return;
        const characters = readings.get(syllable) ?? new Set<string>();
        readings.set(syllable, characters.add(run.charAt(i)));
      });
    }
  }
  const pinyinTable = [...readings]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([syllable, characters]) => syllable + [...characters].join(''))
    .join('');

  // The folding table: pairs whose either side can meet this data or its queries.
  const seen = new Set(fold([...texts, ...synonyms.flat(), ...english.map(([, zh]) => zh), QUERY_CHARACTERS].join('')));
  let pairs = '';
  for (const [t, s] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) if (seen.has(s)) pairs += t + s;

  const search: SearchAids = {
    version: 1,
    folding: { pairs, attribution: FOLDING_ATTRIBUTION },
    pinyin: pinyinTable,
    english: english.map(([en, zh]) => [zh, ...en]),
    synonyms,
  };
  return { ...regulation, search };
}
