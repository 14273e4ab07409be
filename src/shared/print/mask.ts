/**
 * Personal data on paper. A person's ID number is masked on receipts by default (a hall
 * setting): the first four and last four characters stay, so the applicant recognises it and
 * a lost slip does not hand out the number: 11010519491231002X → 1101**********002X.
 * Enterprise credit codes are public and never masked.
 */
export function maskIdNumber(idNumber: string): string {
  const value = idNumber.trim();
  if (value.length <= 8)
    return value.length <= 2 ? '*'.repeat(value.length) : `${value[0]}${'*'.repeat(value.length - 2)}${value[value.length - 1]}`;
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

export function printedIdNumber(idNumber: string, idKind: string, masked: boolean): string {
  return masked && idKind !== 'credit-code' ? maskIdNumber(idNumber) : idNumber;
}
