import { describe, expect, it } from 'vitest';
import {
  ftsQuery,
  isCaseNumber,
  isNumberSuffix,
  likeAnywhere,
  reversedRange,
  searchTerms,
} from '../../../src/main/services/search/search-terms';

describe('search terms', () => {
  it('splits on any white space, drops repeats and keeps at most four words', () => {
    expect(searchTerms('  张三　 食品  张三 ')).toEqual(['张三', '食品']);
    expect(searchTerms('a b c d e')).toEqual(['a', 'b', 'c', 'd']);
    expect(searchTerms('')).toEqual([]);
  });

  it('asks FTS5 for short terms as one literal phrase, quotes doubled', () => {
    expect(ftsQuery('食品经营')).toEqual({ match: '"食品经营"', verify: false });
    expect(ftsQuery('a"b OR c')).toEqual({ match: '"a""b OR c"', verify: false });
  });

  it('looks long terms up by their last 7 characters (the front is shared by many), and has them checked whole', () => {
    expect(ftsQuery('11010519491231002X')).toEqual({ match: '"231002X"', verify: true });
    expect(ftsQuery('13812345678')).toEqual({ match: '"2345678"', verify: true });
  });

  it('knows a case number or its tail with the hall letters in front', () => {
    expect(isCaseNumber('JC-03-2026-000001')).toBe(true);
    expect(isCaseNumber('jc-03-2026-1')).toBe(true);
    expect(isCaseNumber('2026-000001')).toBe(false);
    expect(isCaseNumber('0512-68001234')).toBe(false);
    expect(isCaseNumber('JC-03-2026-')).toBe(false);
  });

  it('takes LIKE wildcards literally', () => {
    expect(likeAnywhere('50%_\\')).toBe('%50\\%\\_\\\\%');
  });

  it('takes six or more digits (an ID number may end in X) as a whole number or its tail', () => {
    expect(['123456', '1231002x', '11010519491231002X', '13812345678'].map(isNumberSuffix)).toEqual([true, true, true, true]);
    expect(['12345', 'X12345', '123X456', '0512-68001234', 'JC-03-2026-000012'].map(isNumberSuffix)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('gives the range of reversed numbers that end in a term', () => {
    expect(reversedRange('1231002x')).toEqual({ from: 'X2001321', to: 'X2001322' });
    expect(reversedRange('900000')).toEqual({ from: '000009', to: '00000:' });
  });
});
