import { describe, expect, it } from 'vitest';
import { untouchedFields } from '../../../src/renderer/forms/untouched-fields';

const formTouching = (...touched: string[]) => ({
  isFieldTouched: (name: (string | number)[]) => touched.some((t) => t === name.join('.') || t.startsWith(`${name.join('.')}.`)),
});

describe('a settings read that answers after the clerk began typing', () => {
  it('fills every field the clerk has not changed, and leaves the typed ones alone', () => {
    const read = {
      statusBaseUrl: 'https://old.example',
      reviewAuthority: '',
      correctionDays: 5,
      documents: { receipt: { printer: 'A', paper: 'A4' }, notice: { printer: 'B', paper: 'A4' } },
      tags: ['x'],
    };
    expect(untouchedFields(formTouching('statusBaseUrl', 'documents.receipt.printer'), read)).toEqual([
      { name: ['reviewAuthority'], value: '' },
      { name: ['correctionDays'], value: 5 },
      { name: ['documents', 'receipt', 'paper'], value: 'A4' },
      { name: ['documents', 'notice', 'printer'], value: 'B' },
      { name: ['documents', 'notice', 'paper'], value: 'A4' },
      { name: ['tags'], value: ['x'] },
    ]);
  });

  it('fills everything when nothing was typed', () => {
    expect(untouchedFields(formTouching(), { a: 1, b: { c: null } })).toEqual([
      { name: ['a'], value: 1 },
      { name: ['b', 'c'], value: null },
    ]);
  });
});
