/**
 * The bundled Dalian dataset, as built by `pnpm build` from sources/dalian-stb/source.zh-Hant.txt
 * with our own parser: the exact facts of the text, in both scripts, and its provenance. Read
 * through the package's own export paths, as a user imports them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseRegulation, type Regulation } from '@sanding/data';
import { validateRegulation } from '@sanding/data/validate';

const load = (script: string): Regulation =>
  JSON.parse(
    readFileSync(new URL(import.meta.resolve(`@sanding/datasets/dalian-stb/${script}.json`)), 'utf8'),
  ) as Regulation;
const hant = load('zh-Hant');
const hans = load('zh-Hans');

const NAMES_HANT = [
  '機關黨委辦公室',
  '規劃與平台處',
  '政策法規與監督處',
  '高新技術發展與產業化處',
  '社會發展與農村科技處',
  '成果轉化與科技獎勵處',
  '行政審批辦公室',
  '外國專家與國際合作處',
  '區域科技創新處',
  '科技創業處',
  '科技人才處',
];
const NAMES_HANS = [
  '机关党委办公室',
  '规划与平台处',
  '政策法规与监督处',
  '高新技术发展与产业化处',
  '社会发展与农村科技处',
  '成果转化与科技奖励处',
  '行政审批办公室',
  '外国专家与国际合作处',
  '区域科技创新处',
  '科技创业处',
  '科技人才处',
];

describe('the dalian-stb dataset', () => {
  for (const [script, data] of [
    ['zh-Hant', hant],
    ['zh-Hans', hans],
  ] as const) {
    it(`validates against the schema (${script})`, () => {
      assert.deepEqual(validateRegulation(data).issues, []);
    });
    it(`has 16 duties plus the function transformation (${script})`, () => {
      assert.equal(data.duties.length, 16);
      assert.deepEqual(
        data.duties.map((d) => d.number),
        Array.from({ length: 16 }, (_, i) => i + 1),
      );
      assert.equal(data.functionTransformation?.id, 'art_3__point_17');
    });
    it(`has every division the cross-reference names (${script})`, () => {
      const ids = new Set(data.divisions.map((d) => d.id));
      for (const duty of data.duties)
        for (const id of duty.divisions ?? []) assert.ok(ids.has(id), `${duty.id} → ${id}`);
    });
    it(`gives every division an unofficial English name (${script})`, () => {
      for (const division of data.divisions) assert.equal(division.nameEn?.official, false, division.id);
      assert.deepEqual(data.agency.nameEn, { text: 'Dalian Municipal Science and Technology Bureau', official: false });
    });
  }

  for (const script of ['zh-Hant', 'zh-Hans'] as const) {
    it(`ships as modules that give back the JSON: the data alone (.core), its search aids (.search), both (${script})`, async () => {
      const base = `@sanding/datasets/dalian-stb/${script}`;
      const json = load(script);
      const core = ((await import(`${base}.core`)) as { regulation: Regulation }).regulation;
      const { search } = (await import(`${base}.search`)) as { search: Regulation['search'] };
      const whole = ((await import(base)) as { regulation: Regulation }).regulation;
      assert.equal('search' in core, false);
      assert.ok(search?.folding && search.pinyin && search.english && search.synonyms);
      const { search: _, ...jsonCore } = json;
      assert.deepEqual(core, jsonCore);
      assert.deepEqual(search, json.search);
      assert.deepEqual(whole, json);
    });
  }

  it('has the 11 divisions with exactly the seed’s names', () => {
    assert.deepEqual(
      hant.divisions.map((d) => d.name),
      NAMES_HANT,
    );
    assert.deepEqual(
      hans.divisions.map((d) => d.name),
      NAMES_HANS,
    );
  });

  it('shares ids across scripts', () => {
    assert.deepEqual(
      hant.divisions.map((d) => d.id),
      hans.divisions.map((d) => d.id),
    );
    assert.deepEqual(
      hant.duties.map((d) => d.divisions),
      hans.duties.map((d) => d.divisions),
    );
  });

  it('knows 機關黨委辦公室 is also known as 辦公室 and operates jointly with it', () => {
    const office = hant.divisions[0]!;
    assert.deepEqual(office.alsoKnownAs, ['辦公室']);
    assert.deepEqual(office.coLocated, ['辦公室']);
  });

  it('has the agency also known as 大連市外國專家局, rank 副廳級, under 大連市人民政府', () => {
    assert.deepEqual(hant.agency.alsoKnownAs, ['大連市外國專家局']);
    assert.equal(hant.agency.rank, '副廳級');
    assert.equal(hant.agency.parent, '大連市人民政府');
    assert.equal(hans.agency.rank, '副厅级');
  });

  it('cites the basis 廳秘發〔2018〕245號', () => {
    assert.equal(hant.basis?.documentNumber, '廳秘發〔2018〕245號');
    assert.equal(hans.basis?.documentNumber, '厅秘发〔2018〕245号');
  });

  it('names 局長 李大民 with the text as source and no date', () => {
    assert.equal(hant.leaders.length, 1);
    const [leader] = hant.leaders;
    assert.equal(leader!.title, '局長');
    assert.equal(leader!.name, '李大民');
    assert.equal(leader!.asOf, null);
    assert.match(leader!.source.title, /百科詞條/);
    assert.equal(hant.provenance.source.kind, 'encyclopaedia');
    assert.match(leader!.source.locator ?? '', /^line \d+$/);
  });

  it('cites divisions by section and item, never by an invented article', () => {
    assert.equal(hant.divisions[5]!.citation, '內設機構（六）');
    assert.equal(hans.divisions[5]!.citation, '内设机构（六）');
    assert.deepEqual(hant.provenance.absentHeaders, ['第四條']);
    assert.equal(hant.duties[13]!.citation, '第三條（十四）');
    assert.equal(hans.duties[13]!.citation, '第三条（十四）');
  });

  it('records that the text comes from an encyclopaedia, its typo, and the later director', () => {
    const notes = hant.provenance.notes.join('\n');
    assert.equal(hant.provenance.source.kind, 'encyclopaedia');
    assert.match(notes, /not through the official gazette/);
    assert.match(notes, /發工作部門/);
    assert.match(notes, /原弛/);
    assert.ok(
      hant.articles.some((a) => a.text.includes('人民政府發工作部門')),
      'the source is kept verbatim',
    );
  });

  it('says the Simplified data is a machine conversion', () => {
    assert.equal(hans.provenance.conversion?.from, 'zh-Hant');
    assert.match(hans.provenance.conversion?.tool ?? '', /opencc/i);
    assert.ok(hans.provenance.notes.some((n) => n.includes('machine conversion')));
    assert.equal(hant.provenance.conversion, undefined);
    assert.ok(JSON.stringify(hans).includes('网络安全'));
    assert.ok(JSON.stringify(hans).includes('着力打造'));
  });

  it('gives the website and the address, each with its source', () => {
    const contact = hans.contacts?.[0];
    assert.equal(contact?.website?.value, 'https://kjj.dl.gov.cn');
    assert.equal(contact?.address?.value, '大连市中山区人民路75号');
    assert.equal(contact?.address?.source.date, '2025-11-14');
    assert.equal(hant.contacts?.[0]?.address?.value, '大連市中山區人民路75號');
  });

  it('is what the parser makes of the source text (nothing retyped)', () => {
    const source = readFileSync(new URL('../sources/dalian-stb/source.zh-Hant.txt', import.meta.url), 'utf8');
    const { regulation } = parseRegulation(source, { id: 'dalian-stb', lang: 'zh-Hant', normalizePunctuation: true });
    assert.deepEqual(hant.articles, regulation.articles);
    assert.deepEqual(
      hant.divisions.map((d) => d.responsibilities),
      regulation.divisions.map((d) => d.responsibilities),
    );
  });

  it('has full-width punctuation (GB/T 15834), and only the punctuation differs from the text as written', () => {
    const source = readFileSync(new URL('../sources/dalian-stb/source.zh-Hant.txt', import.meta.url), 'utf8');
    const { regulation: asWritten } = parseRegulation(source, { id: 'dalian-stb', lang: 'zh-Hant' });
    assert.equal(hant.provenance.punctuation?.rule, 'gb-t-15834');
    assert.equal(hans.provenance.punctuation?.rule, 'gb-t-15834');
    assert.match(hant.divisions[0]!.responsibilities[0]!.text, /，/);
    assert.doesNotMatch(JSON.stringify(hant.articles), /[\u4e00-\u9fff][,;:()][\u4e00-\u9fff]/);
    const facts = (r: typeof hant) => ({
      agency: r.agency.name,
      divisions: r.divisions.map((d) => [d.id, d.name, d.responsibilities.length]),
      duties: r.duties.map((d) => d.id),
      staffing: r.staffing?.leadershipPosts,
      administrativePosts: r.staffing?.administrativePosts,
    });
    assert.deepEqual(facts(hant), facts(asWritten));
  });
});
