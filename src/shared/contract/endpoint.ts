import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call an endpoint: anyone (before login: status, setup, login), any logged-in user,
 * only the listed roles, or only a caller with no session at all (the applicant-facing rating
 * view, which proves itself with a token instead). The back end enforces this; the UI only uses
 * it to hide things.
 */
export type Access = 'public' | 'session' | 'applicant' | readonly Role[];

export interface Endpoint<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** A human name for the action, used in "you may not …" messages. */
  title: string;
}

export function endpoint<I extends z.ZodType, O extends z.ZodType>(e: Endpoint<I, O>): Endpoint<I, O> {
  return e;
}

export function mayCall(access: Access, role: Role | undefined): boolean {
  if (access === 'public') return true;
  if (access === 'applicant') return role === undefined;
  if (role === undefined) return false;
  if (access === 'session') return true;
  return access.includes(role);
}
