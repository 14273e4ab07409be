/**
 * The progress-lookup address printed as a QR code: the central platform serves
 * `<base>/status?case=<case number>&code=<query code>`. The base is a hall setting with no
 * default: until it is set, no case document prints (see required-settings.ts).
 */
/** The placeholder earlier versions stored as the default; read as "not set". */
export const placeholderStatusBaseUrl = 'https://zwfw.example.gov.cn';
export const statusBaseUrlPattern = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~\-/]*)?$/;

export function statusUrl(baseUrl: string, caseNo: string, queryCode: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}/status?case=${encodeURIComponent(caseNo)}&code=${encodeURIComponent(queryCode)}`;
}

/** The query code's alphabet: no 0/O, 1/I/L, so it reads back unambiguously over the phone. */
export const queryCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 11 of 31 symbols: 54 bits, above the 50 the sync protocol promises. */
export const queryCodeLength = 11;
/** What desks issued before issue 10 (40 bits); those codes are on paper and stay valid. */
export const firstQueryCodeLength = 8;
export const queryCodePattern = new RegExp(
  `^(?:[${queryCodeAlphabet}]{${queryCodeLength}}|[${queryCodeAlphabet}]{${firstQueryCodeLength}})$`,
);
