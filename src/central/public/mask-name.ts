/**
 * The applicant's name as the public status page may show it: enough for the applicant to know
 * the case is theirs, too little to identify them. Counted in characters, not UTF-16 units.
 * 张三 → 张*, 张小明 → 张*明, 欧阳小明 → 欧**明; an enterprise keeps its first and last two
 * characters: 江川市某某科技有限公司 → 江川**公司.
 */
export function maskApplicantName(name: string, kind: 'person' | 'enterprise'): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (kind === 'enterprise') {
    if (chars.length <= 4) return `${chars[0] ?? ''}**`;
    return `${chars.slice(0, 2).join('')}**${chars.slice(-2).join('')}`;
  }
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0] ?? ''}*`;
  return `${chars[0] ?? ''}${'*'.repeat(chars.length - 2)}${chars.at(-1) ?? ''}`;
}
