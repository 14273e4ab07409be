/**
 * The applicant-facing rating view (rating.html). The inviting clerk's desk opens it with the
 * invitation's one-time token in its address; in a browser its calls carry `ratingViewHeader`
 * so the web host gives them a session of their own, apart from the clerk's.
 */
export const ratingViewHeader = 'x-halldesk-view';

/** The view's address for an invitation, relative to the desk's own page. */
export function ratingViewPath(invitation?: { id: number; viewToken: string }): string {
  const base = './rating-view/rating.html';
  if (!invitation) return base;
  return `${base}?invitation=${invitation.id}&token=${encodeURIComponent(invitation.viewToken)}`;
}
