import { ratingViewPath } from '../../../shared/contract/rating-view';

/**
 * The applicant-facing rating page, beside the desk's own page (file:// in the app, http in a
 * browser); with an invitation, its one-time token rides in the address.
 */
export function ratingScreenUrl(invitation?: { id: number; viewToken: string }): string {
  return new URL(ratingViewPath(invitation), window.location.href).href;
}

/**
 * Opens the rating screen for the monitor facing the applicant: a browser window of its own, or
 * in the desktop app the rating window that the main process opens in its place. Opening it for
 * an invitation brings the same window to that invitation.
 */
export function openRatingScreen(invitation?: { id: number; viewToken: string }): void {
  window.open(ratingScreenUrl(invitation), 'halldesk-rating');
}
