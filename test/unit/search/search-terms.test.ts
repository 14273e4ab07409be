import { describe, expect, it } from 'vitest';
import { ftsQuery, likeAnywhere, searchTerms } from '../../../src/main/services/search/search-terms';

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

  it('looks long terms up by pieces of 7, the last one aligned to the end, and has them checked whole', () => {
    expect(ftsQuery('11010519491231002X')).toEqual({ match: '"1101051" AND "9491231" AND "231002X"', verify: true });
    expect(ftsQuery('JC-03-2026-000001')).toEqual({ match: '"JC-03-2" AND "026-000" AND "-000001"', verify: true });
  });

  it('takes LIKE wildcards literally', () => {
    expect(likeAnywhere('50%_\\')).toBe('%50\\%\\_\\\\%');
  });
});
