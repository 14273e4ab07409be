import { z } from 'zod';

/*
 * One rule for every text a person types, at the desk and at the centre alike: the centre would
 * refuse (or could not store) what this refuses, so the desk refuses it first, at the field.
 * Rare name characters (CJK Extension A/B and later, e.g. 䶮 and 𠮷) are ordinary text here.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be found
const controlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
const lineBreak = /[\n\r\u0085\u2028\u2029]/;
const tab = /\t/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Direction overrides, embeddings, isolates and marks: they reorder what a reader sees. */
const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Pictographs, flags, keycaps, variation selector 16 and the joiner that glues emoji together. */
const emoji = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{20E3}\u{200D}]/u;

export type TextProblem = 'control' | 'line-break' | 'surrogate' | 'bidi' | 'emoji';

export interface TextRules {
  /** Line breaks and tabs allowed (notes, reasons); otherwise one line. */
  multiline?: boolean;
  /** A person's or enterprise's name: no emoji either. */
  name?: boolean;
}

export function textProblem(value: string, rules: TextRules = {}): TextProblem | null {
  if (loneSurrogate.test(value)) return 'surrogate';
  if (controlChar.test(value)) return 'control';
  if (!rules.multiline && (lineBreak.test(value) || tab.test(value))) return 'line-break';
  if (bidiControl.test(value)) return 'bidi';
  if (rules.name && emoji.test(value)) return 'emoji';
  return null;
}

export function textProblemMessage(label: string, problem: TextProblem): string {
  switch (problem) {
    case 'surrogate':
      return `${label}含有无效字符（不完整的字符编码），请删除后重新输入`;
    case 'control':
      return `${label}含有无效字符（控制字符或空字符），请删除后重新输入`;
    case 'line-break':
      return `${label}含有无效字符（换行或制表符），请在一行内填写`;
    case 'bidi':
      return `${label}含有无效字符（文字方向控制符），请删除后重新输入`;
    case 'emoji':
      return `${label}不能包含表情符号，请按证件上的写法填写（生僻字可以正常输入）`;
  }
}

export interface SafeTextOptions extends TextRules {
  /** Counted in characters (code points): a rare character is one 字, not two UTF-16 units. */
  max: number;
  /** Whether an empty value is refused (after trimming). */
  required?: boolean;
}

/** The shared schema for a typed text field: trimmed, clean by `textProblem`, bounded in 字. */
export function safeText(label: string, options: SafeTextOptions) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, options);
      if (problem !== null) {
        ctx.addIssue({ code: 'custom', message: textProblemMessage(label, problem) });
        return;
      }
      const length = [...value].length;
      if (options.required && length === 0) ctx.addIssue({ code: 'custom', message: `${label}不能为空` });
      else if (length > options.max) ctx.addIssue({ code: 'custom', message: `${label}不能超过${options.max}个字` });
    });
}

/** The same rule as a refinement, for schemas that check a text they received (the centre's). */
export function cleanLine(value: string, ctx: z.RefinementCtx): void {
  const problem = textProblem(value);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: textProblemMessage('内容', problem) });
}

export const receivedLineSchema = z.string().superRefine(cleanLine);
