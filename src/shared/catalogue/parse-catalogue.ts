import { findNodeAtLocation, getNodePath, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { catalogueFileSchema, catalogueFormat, catalogueFormatVersion } from './item-schema';
import type { CatalogueFile, ServiceItem } from './item-schema';

/*
 * Catalogue import is all or nothing: a file with any fault is refused whole, and every fault is
 * reported at the line and column a hall administrator will find in a text editor.
 */

export interface CatalogueError {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (one per Chinese character). */
  column: number;
  /** Dotted path such as `items[3].materials[2].formatNotes`; empty for the whole file. */
  path: string;
  message: string;
  /** Code of the item the fault lies in, when the file got that far. */
  itemCode?: string;
}

export type CatalogueParseResult = { ok: true; file: CatalogueFile } | { ok: false; errors: CatalogueError[]; omitted: number };

export const maxReportedErrors = 20;

type Segment = string | number;

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: '此处有无法识别的内容',
  InvalidNumberFormat: '数字格式不正确',
  PropertyNameExpected: '此处应为带引号的字段名（检查是否多了逗号）',
  ValueExpected: '此处应为一个值（检查是否多了逗号或漏写了值）',
  ColonExpected: '字段名后缺少冒号',
  CommaExpected: '此处之前缺少逗号',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '文件结束后还有多余内容',
  InvalidCommentToken: 'JSON 文件中不允许注释',
  UnexpectedEndOfComment: 'JSON 文件中不允许注释',
  UnexpectedEndOfString: '字符串没有结束（缺少右引号，或字符串中有未转义的换行）',
  UnexpectedEndOfNumber: '数字没有写完',
  InvalidUnicode: 'Unicode 转义序列不正确',
  InvalidEscapeCharacter: '反斜杠转义不正确（路径中的 \\ 应写成 \\\\）',
  InvalidCharacter: '字符串中有不允许的控制字符',
};

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
};

const position = (starts: number[], offset: number): { line: number; column: number } => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
};

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const formatPath = (path: readonly Segment[]): string =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : identifier.test(s) ? (i === 0 ? s : `.${s}`) : `[${JSON.stringify(s)}]`)).join('');

/** The node at `path`, or the nearest ancestor that exists (an absent field → its object). */
const nearestNode = (tree: Node, path: readonly Segment[]): Node => {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node !== undefined) return node;
  }
  return tree;
};

const itemCodeAt = (value: unknown, path: readonly Segment[]): string | undefined => {
  if (path[0] !== 'items' || typeof path[1] !== 'number') return undefined;
  const items = (value as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return undefined;
  const code = (items[path[1]] as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && code !== '' ? code : undefined;
};

/** JSON.parse keeps the last of two equal keys without a word; in a catalogue that hides a typo. */
const duplicateKeys = (node: Node, found: { node: Node; key: string }[]): void => {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const keyNode = property.children?.[0];
      const key = typeof keyNode?.value === 'string' ? keyNode.value : undefined;
      if (keyNode === undefined || key === undefined) continue;
      if (seen.has(key)) found.push({ node: keyNode, key });
      seen.add(key);
    }
  }
  for (const child of node.children ?? []) duplicateKeys(child, found);
};

const settle = (errors: CatalogueError[]): CatalogueParseResult => {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    ok: false,
    errors: sorted.slice(0, maxReportedErrors),
    omitted: Math.max(0, sorted.length - maxReportedErrors),
  };
};

export function parseCatalogueJson(input: string): CatalogueParseResult {
  // Notepad on Windows saves UTF-8 with a byte-order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const starts = lineStarts(text);
  if (text.trim() === '') {
    return settle([{ line: 1, column: 1, path: '', message: '文件内容为空' }]);
  }

  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  const first = syntax[0];
  if (first !== undefined || tree === undefined) {
    // Only the first: the parser's later errors are mostly echoes of it.
    const at = position(starts, first?.offset ?? 0);
    const name = first === undefined ? '' : printParseErrorCode(first.error);
    const message = `JSON 格式错误：${syntaxMessages[name] ?? name}`;
    return settle([{ ...at, path: '', message }]);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return settle([{ line: 1, column: 1, path: '', message: `JSON 格式错误：${(e as Error).message}` }]);
  }

  const errors: CatalogueError[] = [];
  const located = (path: readonly Segment[], node: Node, message: string): CatalogueError => {
    const itemCode = itemCodeAt(value, path);
    const error: CatalogueError = { ...position(starts, node.offset), path: formatPath(path), message };
    return itemCode === undefined ? error : { ...error, itemCode };
  };

  const duplicates: { node: Node; key: string }[] = [];
  duplicateKeys(tree, duplicates);
  for (const { node, key } of duplicates) {
    const path = [...getNodePath(node)];
    errors.push(located(path, node, `字段“${key}”在同一对象中出现了两次`));
  }

  const parsed = catalogueFileSchema.safeParse(value);
  if (parsed.success && errors.length === 0) return { ok: true, file: parsed.data };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(...fromIssue(issue, tree, located));
  }
  return settle(errors);
}

const fromIssue = (
  issue: z.core.$ZodIssue,
  tree: Node,
  located: (path: readonly Segment[], node: Node, message: string) => CatalogueError,
): CatalogueError[] => {
  const path = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    // One line per unknown field, at the field itself, so a misspelt name is easy to spot.
    return issue.keys.map((key) => {
      const at = [...path, key];
      const valueNode = findNodeAtLocation(tree, at);
      const keyNode = valueNode?.parent?.children?.[0] ?? nearestNode(tree, path);
      return located(at, keyNode, `无法识别的字段“${key}”（字段名是否拼写有误？）`);
    });
  }
  return [located(path, nearestNode(tree, path), issue.message)];
};

export function formatCatalogueErrors(errors: readonly CatalogueError[], omitted = 0): string {
  const lines = errors.map((e) => {
    const where = e.path === '' ? '' : ` ${e.path}`;
    const item = e.itemCode === undefined ? '' : `（事项 ${e.itemCode}）`;
    return `第 ${e.line} 行第 ${e.column} 列${where}${item}：${e.message}`;
  });
  if (omitted > 0) lines.push(`……另有 ${omitted} 处错误未列出，请修正以上错误后重新导入`);
  return lines.join('\n');
}

/** Pretty JSON that `parseCatalogueJson` reads back to the same items. */
export function serializeCatalogue(items: readonly ServiceItem[], exportedAt: string): string {
  const file: CatalogueFile = {
    format: catalogueFormat,
    formatVersion: catalogueFormatVersion,
    exportedAt,
    items: [...items],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
