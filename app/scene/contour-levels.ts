/** Contour levels, evenly spaced in display height (so on a log scale they are log-spaced in loss). */
export const CONTOUR_LEVELS = Array.from({ length: 14 }, (_, k) => (k + 0.5) / 14);
