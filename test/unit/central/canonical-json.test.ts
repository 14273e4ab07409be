import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/shared/sync/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and writes no whitespace', () => {
    const value = { b: 1, a: { d: [3, 1, { z: true, y: null }], c: 'x' } };
    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text for the same data whatever the key order, so both sides hash alike', () => {
    const desk = { caseNo: 'JC-03-2026-000001', hall: { code: 'JC', deskNo: '03', name: '江川市政务服务中心' }, items: [] };
    const centre = JSON.parse(
      '{"items":[],"hall":{"name":"江川市政务服务中心","deskNo":"03","code":"JC"},"caseNo":"JC-03-2026-000001"}',
    ) as unknown;
    const hash = (v: unknown) => createHash('sha256').update(canonicalJson(v), 'utf8').digest('hex');
    expect(hash(centre)).toBe(hash(desk));
  });

  it('orders keys by UTF-16 code units (RFC 8785), not by locale', () => {
    expect(canonicalJson({ b: 0, B: 0, 中: 0, a: 0, '\u00e9': 0, _: 0, '10': 0, '9': 0 })).toBe(
      '{"10":0,"9":0,"B":0,"_":0,"a":0,"b":0,"é":0,"中":0}',
    );
  });

  it('writes strings and numbers as JSON.stringify does', () => {
    expect(canonicalJson(['中文 "引号" \\ \n', 1.5, -0, 1e21, 0.1 + 0.2, '\u2028'])).toBe(
      JSON.stringify(['中文 "引号" \\ \n', 1.5, 0, 1e21, 0.1 + 0.2, '\u2028']),
    );
  });

  it('follows JSON.stringify for undefined, functions, toJSON and non-finite numbers', () => {
    expect(canonicalJson({ a: undefined, b: () => 1, c: [undefined, Number.NaN, Infinity], d: new Date('2026-11-22T00:00:00.000Z') })).toBe(
      '{"c":[null,null,null],"d":"2026-11-22T00:00:00.000Z"}',
    );
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('x')).toBe('"x"');
  });

  it('reads back as the same value', () => {
    const value = { z: [{ b: 2, a: 1 }], y: '全角，标点', x: { w: false } };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it('refuses values with no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});
