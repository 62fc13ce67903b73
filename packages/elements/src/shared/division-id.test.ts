import { expect } from '@open-wc/testing';
import type { Division, Regulation } from '@sanding/data';
import { findDivision } from './division-id.js';

const division = (id: string, name: string, positionalId?: string): Division => ({
  id,
  number: 1,
  name,
  citation: '内设机构(一)',
  alsoKnownAs: [],
  coLocated: [],
  responsibilities: [],
  ...(positionalId ? { positionalId } : {}),
});

const regulation = {
  divisions: [
    division('div_bangongshi', '办公室', 'sec_divisions__point_1'),
    division('div_waiguo-zhuanjia-guoji-hezuo', '外国专家与国际合作处', 'sec_divisions__point_8'),
  ],
} as unknown as Regulation;

describe('division ids and their old positional aliases', () => {
  it('a stable id names its division', () => {
    expect(findDivision(regulation, 'div_waiguo-zhuanjia-guoji-hezuo')?.name).to.equal('外国专家与国际合作处');
  });

  it('an old positional id still names the same division', () => {
    expect(findDivision(regulation, 'sec_divisions__point_8')?.name).to.equal('外国专家与国际合作处');
  });

  it('an unknown id names no division', () => {
    expect(findDivision(regulation, 'sec_divisions__point_9')).to.equal(undefined);
    expect(findDivision(undefined, 'div_bangongshi')).to.equal(undefined);
  });
});
