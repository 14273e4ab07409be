import type { z } from 'zod';
import type { CentreRole } from '../accounts/centre-user';

/**
 * One JSON route of the centre's web app, declared once and used by both sides: the server
 * (src/central/http/serve-centre-route.ts) validates the input and shapes the output with it, the
 * web client (src/central/web/centre-api.ts) gets its types from it. Contract files are imported by
 * the browser bundle too: they may import zod, src/shared and src/central/accounts/centre-user.ts only.
 *
 * GET input comes from the query string (every value a string: use z.coerce for numbers), POST
 * input is the JSON body. Paths are exact (no path parameters: ids go in the input). Outputs are
 * plain JSON shapes (no transforms to Date or Map), so what the server sends is what the client types.
 */
export type CentreMethod = 'GET' | 'POST';

/**
 * Who may call a route: 'public' (signing in), 'signed-in' (any account, even one that must still
 * change its password: who am I, change password, sign out), or the roles allowed.
 */
export type CentreRouteAccess = 'public' | 'signed-in' | readonly CentreRole[];

export interface CentreRoute<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  method: CentreMethod;
  path: `/v1/work/${string}`;
  access: CentreRouteAccess;
  input: I;
  output: O;
}

export function centreRoute<I extends z.ZodType, O extends z.ZodType>(route: CentreRoute<I, O>): CentreRoute<I, O> {
  return route;
}

export type CentreRouteInput<R> = R extends CentreRoute<infer I, z.ZodType> ? z.input<I> : never;
export type CentreRouteOutput<R> = R extends CentreRoute<z.ZodType, infer O> ? z.output<O> : never;

/**
 * Every unsafe request to /v1/work carries this header: the session's CSRF token when signed in,
 * any non-empty value when signing in. A page on another site cannot send a custom header without
 * a CORS preflight the centre never grants, and cannot read the token (src/central/accounts/csrf.ts).
 */
export const csrfHeaderName = 'x-halldesk-csrf';

/** Where the centre serves its web app (hash routes after it: /work/#/accounts). */
export const centreWebBasePath = '/work';
