import { describe, expect, it } from 'vitest';
import { applySituations, fillAllReceipts, questionFor, situationsOf } from '../../../src/shared/intake/situations';
import type { CaseMaterialSpec } from '../../../src/shared/intake/material-union';

function spec(key: string, necessity: CaseMaterialSpec['necessity'], condition: string | null = null): CaseMaterialSpec {
  return {
    key,
    name: key,
    necessity,
    condition,
    originals: 1,
    copies: 1,
    media: ['paper'],
    formatNotes: '',
    issuer: null,
    forItems: ['X'],
  };
}

const specs = [
  spec('form', 'required'),
  spec('premises', 'deferrable'),
  spec('family-id', 'conditional', '家庭经营的'),
  spec('authorization-letter', 'conditional', '委托他人办理的'),
  spec('agent-id', 'conditional', '委托他人办理的'),
];

describe('情形 questions', () => {
  it('asks each condition once, grouping the lines that share it', () => {
    expect(situationsOf(specs)).toEqual([
      { condition: '家庭经营的', question: '家庭经营？', keys: ['family-id'] },
      { condition: '委托他人办理的', question: '委托他人办理？', keys: ['authorization-letter', 'agent-id'] },
    ]);
  });

  it('turns the condition text into a question, keeping a bracketed note', () => {
    expect(questionFor('已婚职工申请的（用于核查配偶住房情况）')).toBe('已婚职工申请？（用于核查配偶住房情况）');
    expect(questionFor('变更住所的；变更经营场所的')).toBe('变更住所？变更经营场所？');
    expect(questionFor('申请人为企业')).toBe('申请人为企业？');
  });
});

describe('全部收齐 (F7) and the answers', () => {
  it('marks required and 可容缺 lines only, never a 情形必须 line', () => {
    const filled = fillAllReceipts(specs, {});
    expect(filled.form).toMatchObject({ originals: 1, copies: 1, applicable: true });
    expect(filled.premises).toMatchObject({ originals: 1, copies: 1 });
    expect(filled['family-id']).toBeUndefined();
    expect(filled['agent-id']).toBeUndefined();
  });

  it('a line applies only when its 情形 is answered yes; otherwise it is 不适用 with no counts', () => {
    const counted = { 'family-id': { key: 'family-id', applicable: true, originals: 2, copies: 1, electronic: true } };
    const yes = applySituations(specs, counted, (c) => c === '家庭经营的');
    expect(yes.find((r) => r.key === 'family-id')).toMatchObject({ applicable: true, originals: 2 });
    expect(yes.find((r) => r.key === 'agent-id')).toMatchObject({ applicable: false, originals: 0 });
    const no = applySituations(specs, counted, () => false);
    expect(no.find((r) => r.key === 'family-id')).toEqual({
      key: 'family-id',
      applicable: false,
      originals: 0,
      copies: 0,
      electronic: false,
    });
    expect(no.find((r) => r.key === 'form')).toMatchObject({ applicable: true });
  });
});
