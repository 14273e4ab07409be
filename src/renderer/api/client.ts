import type { Channel, InputOf, OutputOf } from '../../shared/contract/api';
import type { ErrorCode, ErrorInfo } from '../../shared/errors';
import { pickTransport } from './transport';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.code = info.code;
    this.field = info.field;
  }
}

const transport = pickTransport();
const listeners = new Set<(error: ApiError) => void>();

/** Lets the session store notice an expired session wherever the call was made. */
export function onApiError(listener: (error: ApiError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await transport(channel, input);
  if (result.ok) return result.value as OutputOf<C>;
  const error = new ApiError(result.error);
  listeners.forEach((listener) => listener(error));
  throw error;
}
