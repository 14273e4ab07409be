/**
 * Whether a case number was minted in this hall. Numbers are built from a desk's template, which
 * must hold {hall}, {desk}, {year} and {serial} with - _ / as the only separators. The hall code
 * must stand as its own part (`JC-03-2026-000001`), or open a part glued to the window number
 * (`JC03-2026-000001`); a hall code buried inside another part does not count, so a desk cannot
 * claim numbers that read as another hall's.
 */
export function caseNumberBelongsToHall(caseNo: string, hallCode: string, deskNo: string): boolean {
  return caseNo.split(/[-_/]/).some((part) => part === hallCode || part.startsWith(`${hallCode}${deskNo}`));
}
