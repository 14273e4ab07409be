/** The applicant-facing rating page, beside the desk's own page (file:// in the app, http in a browser). */
export function ratingScreenUrl(): string {
  return new URL('./rating-view/rating.html', window.location.href).href;
}

/**
 * Opens the rating screen for the monitor facing the applicant: a browser window of its own, or
 * in the desktop app the rating window that the main process opens in its place.
 */
export function openRatingScreen(): void {
  window.open(ratingScreenUrl(), 'halldesk-rating');
}
